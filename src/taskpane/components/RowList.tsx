import { makeStyles, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Direction } from '../../core/types';
import type { UiLanguage } from '../i18n';
import type { ReviewRow } from '../state/models';
import type { CatalogSearch } from './IndicatorPicker';
import { RowReview } from './RowReview';

/** Lists up to this long are plain lists; longer ones render only the rows in view. */
export const VIRTUALISE_FROM = 40;
/** A row with a one-line label, its pickers and padding; rows are measured once shown. */
const ESTIMATED_ROW_PX = 104;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  scroller: {
    maxHeight: '60vh',
    overflowY: 'auto',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  window: { position: 'absolute', top: 0, left: 0, width: '100%' },
});

export interface RowListProps extends CatalogSearch {
  rows: ReviewRow[];
  /** The list's accessible name: which table, which rows. */
  label: string;
  language: UiLanguage;
  onIndicatorChange: (rowKey: string, indicatorId: string | null) => void;
  onDirectionChange: (rowKey: string, direction: Direction) => void;
}

/** Review rows as a list; a long one is virtualised in its own scroll area. */
export function RowList(props: RowListProps) {
  const styles = useStyles();
  if (props.rows.length < VIRTUALISE_FROM) {
    return (
      <ul className={styles.list} aria-label={props.label}>
        {props.rows.map((row) => (
          <RowReview key={row.position} row={row} {...rowProps(props)} />
        ))}
      </ul>
    );
  }
  return <VirtualRowList {...props} />;
}

function rowProps({ language, catalog, search, onIndicatorChange, onDirectionChange }: RowListProps) {
  return { language, catalog, search, onIndicatorChange, onDirectionChange };
}

/**
 * Only the rows in view (and a few around) are in the DOM; each is measured once shown, since a
 * long label wraps. The shown rows stay one `<ul>` of `<li>`s, moved down to where they belong,
 * and say their place in the whole list to screen readers.
 */
function VirtualRowList(props: RowListProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 4,
    getItemKey: (index) => props.rows[index].position,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <div ref={scroller} className={styles.scroller} role="region" aria-label={props.label} tabIndex={0}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
        <ul
          className={`${styles.list} ${styles.window}`}
          aria-label={props.label}
          style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}
        >
          {items.map((item) => (
            <RowReview
              key={item.key}
              row={props.rows[item.index]}
              {...rowProps(props)}
              listItem={{
                ref: virtualizer.measureElement,
                'data-index': item.index,
                'aria-posinset': item.index + 1,
                'aria-setsize': props.rows.length,
              }}
            />
          ))}
        </ul>
      </div>
    </div>
  );
}
