import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactElement } from 'react';

/** What the real picker gets from its stand-in: whether its list is open, and how to change that. */
export interface PickerOpenState {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

interface Props {
  /** The picker's accessible name (`Chỉ tiêu chuẩn cho “…”`); the stand-in adds the current choice. */
  label: string;
  /** The current choice, as the picker would show it. */
  value: string;
  size?: 'small' | 'medium';
  /** Takes the row's full width (the indicator) or its text's (the direction). */
  wide?: boolean;
  /** The real picker (a Fluent Combobox or Dropdown), mounted only while in use. */
  children: (state: PickerOpenState) => ReactElement;
}

const useStyles = makeStyles({
  wrap: { minWidth: 0, maxWidth: '100%' },
  wide: { width: '100%' },
  button: {
    minWidth: 0,
    maxWidth: '100%',
    justifyContent: 'space-between',
    gap: '8px',
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'start',
  },
  wideButton: { width: '100%' },
  text: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  chevron: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
});

/**
 * A light button showing the current choice, replaced by the real picker when it gets the focus
 * (Tab) or a click; the picker goes back to a button once the focus leaves it with its list closed.
 * Fluent's Combobox costs ≈ 1 ms and a dozen elements and listeners to mount: a review of 3,000 rows
 * mounts one at a time instead of 6,000.
 */
export function PickerOnFocus({ label, value, size = 'medium', wide = false, children }: Props) {
  const styles = useStyles();
  const [active, setActive] = useState(false);
  const [open, setOpen] = useState(false);
  const openRef = useRef(open);
  openRef.current = open;
  const wrapper = useRef<HTMLDivElement>(null);

  // The picker takes the focus its stand-in had (or was clicked for).
  useEffect(() => {
    if (active) wrapper.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [active]);

  const activate = (withList: boolean) => {
    setOpen(withList);
    setActive(true);
  };

  if (!active) {
    return (
      <div className={mergeClasses(styles.wrap, wide && styles.wide)}>
        <Button
          className={mergeClasses(styles.button, wide && styles.wideButton)}
          size={size}
          aria-label={`${label}: ${value}`}
          aria-haspopup="listbox"
          title={value}
          // A click opens the list at once; without this, the focus would swap the button away mid-click.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => activate(true)}
          onFocus={() => activate(false)}
        >
          <span className={styles.text}>{value}</span>
          <span className={styles.chevron} aria-hidden="true">
            ▾
          </span>
        </Button>
      </div>
    );
  }
  return (
    <div
      ref={wrapper}
      className={mergeClasses(styles.wrap, wide && styles.wide)}
      onBlur={() => {
        // After the picker settles: a click on an option keeps the focus in it.
        setTimeout(() => {
          const inside = wrapper.current?.contains(document.activeElement) ?? false;
          if (!inside && !openRef.current) setActive(false);
        }, 0);
      }}
    >
      {children({ open, onOpenChange: setOpen })}
    </div>
  );
}
