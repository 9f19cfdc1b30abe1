/**
 * The summary sheet's chart as DrawingML parts, so LibreOffice and WPS users see what Excel users
 * get from the add-in: percent of plan as clustered columns and the 100 % plan line, over the
 * indicator names. The sheet points at a drawing part (`xl/drawings/drawingN.xml`), which anchors a
 * chart part (`xl/charts/chartN.xml`).
 */
import { cellAddress } from '../../core/a1';
import { sheetReference, type SummaryChart } from '../../core/summary-sheet';
import { declarePart, TYPES } from './content-types';
import type { XlsxPackage } from './package';
import { addRelationship, REL } from './relationships';
import { WORKSHEET_ORDER, type Worksheet } from './worksheet';
import { createLike, insertInOrder, NS, parseXml, type Document, type Element } from './xml';

/** A child element, a text, or nothing. */
type Child = Element | string | null;

/** A small builder: `node('c:ser', {}, [...])` in the document's namespaces. */
function builder(
  doc: Document,
): (name: string, attributes?: Record<string, string | number>, kids?: Child[]) => Element {
  const spaces: Record<string, string> = { c: NS.chart, a: NS.a, xdr: NS.drawing, r: NS.rel };
  return (name, attributes = {}, kids = []) => {
    const prefix = name.split(':')[0];
    const el = doc.createElementNS(spaces[prefix], name);
    for (const [k, v] of Object.entries(attributes)) {
      if (k.startsWith('r:')) el.setAttributeNS(NS.rel, k, String(v));
      else el.setAttribute(k, String(v));
    }
    for (const kid of kids) {
      if (typeof kid === 'string') el.appendChild(doc.createTextNode(kid));
      else if (kid) el.appendChild(kid);
    }
    return el;
  };
}

function absolute(sheet: string, col: number, first: number, last: number): string {
  const a = cellAddress(first, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const b = cellAddress(last, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  return `${sheetReference(sheet)}!${a}:${b}`;
}

function chartPart(sheetName: string, chart: SummaryChart): Document {
  const doc = parseXml(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}"/>`,
    'chart',
  );
  const n = builder(doc);
  const val = (v: string | number): Record<string, string | number> => ({ val: v });
  const categories = (): Element =>
    n('c:cat', {}, [
      n('c:strRef', {}, [n('c:f', {}, [absolute(sheetName, chart.categoryCol, chart.firstRow, chart.lastRow)])]),
    ]);
  const values = (col: number): Element =>
    n('c:val', {}, [n('c:numRef', {}, [n('c:f', {}, [absolute(sheetName, col, chart.firstRow, chart.lastRow)])])]);
  const name = (text: string): Element => n('c:tx', {}, [n('c:v', {}, [text])]);
  const axes = [n('c:axId', val(1001)), n('c:axId', val(1002))];
  const bars = n('c:barChart', {}, [
    n('c:barDir', val('col')),
    n('c:grouping', val('clustered')),
    n('c:varyColors', val(0)),
    n('c:ser', {}, [
      n('c:idx', val(0)),
      n('c:order', val(0)),
      name(chart.seriesNames.value),
      n('c:invertIfNegative', val(0)),
      categories(),
      values(chart.valueCol),
    ]),
    n('c:gapWidth', val(80)),
    ...axes,
  ]);
  const line = n('c:lineChart', {}, [
    n('c:grouping', val('standard')),
    n('c:varyColors', val(0)),
    n('c:ser', {}, [
      n('c:idx', val(1)),
      n('c:order', val(1)),
      name(chart.seriesNames.line),
      n('c:marker', {}, [n('c:symbol', val('none'))]),
      categories(),
      values(chart.lineCol),
      n('c:smooth', val(0)),
    ]),
    n('c:marker', val(1)),
    n('c:axId', val(1001)),
    n('c:axId', val(1002)),
  ]);
  const categoryAxis = n('c:catAx', {}, [
    n('c:axId', val(1001)),
    n('c:scaling', {}, [n('c:orientation', val('minMax'))]),
    n('c:delete', val(0)),
    n('c:axPos', val('b')),
    n('c:numFmt', { formatCode: 'General', sourceLinked: 1 }),
    n('c:tickLblPos', val('nextTo')),
    n('c:crossAx', val(1002)),
    n('c:crosses', val('autoZero')),
    n('c:auto', val(1)),
    n('c:lblAlgn', val('ctr')),
    n('c:lblOffset', val(100)),
  ]);
  const valueAxis = n('c:valAx', {}, [
    n('c:axId', val(1002)),
    n('c:scaling', {}, [n('c:orientation', val('minMax'))]),
    n('c:delete', val(0)),
    n('c:axPos', val('l')),
    n('c:majorGridlines'),
    n('c:numFmt', { formatCode: 'General', sourceLinked: 0 }),
    n('c:tickLblPos', val('nextTo')),
    n('c:crossAx', val(1001)),
    n('c:crosses', val('autoZero')),
    n('c:crossBetween', val('between')),
  ]);
  const title = n('c:title', {}, [
    n('c:tx', {}, [n('c:rich', {}, [n('a:bodyPr'), n('a:p', {}, [n('a:r', {}, [n('a:t', {}, [chart.title])])])])]),
    n('c:overlay', val(0)),
  ]);
  const space = doc.documentElement as Element;
  space.appendChild(n('c:roundedCorners', val(0)));
  space.appendChild(
    n('c:chart', {}, [
      title,
      n('c:autoTitleDeleted', val(0)),
      n('c:plotArea', {}, [n('c:layout'), bars, line, categoryAxis, valueAxis]),
      n('c:legend', {}, [n('c:legendPos', val('b')), n('c:overlay', val(0))]),
      n('c:plotVisOnly', val(1)),
      n('c:dispBlanksAs', val('gap')),
    ]),
  );
  return doc;
}

function drawingPart(chart: SummaryChart, chartRel: string): Document {
  const doc = parseXml(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.a}"/>`,
    'drawing',
  );
  const n = builder(doc);
  const text = (v: number): string => String(v);
  const corner = (tag: string, col: number, row: number): Element =>
    n(tag, {}, [
      n('xdr:col', {}, [text(col)]),
      n('xdr:colOff', {}, [text(0)]),
      n('xdr:row', {}, [text(row)]),
      n('xdr:rowOff', {}, [text(0)]),
    ]);
  const rows = Math.max(15, Math.min(40, chart.lastRow - chart.firstRow + 8));
  (doc.documentElement as Element).appendChild(
    n('xdr:twoCellAnchor', {}, [
      corner('xdr:from', chart.anchor.col, chart.anchor.row),
      corner('xdr:to', chart.anchor.col + 10, chart.anchor.row + rows),
      n('xdr:graphicFrame', { macro: '' }, [
        n('xdr:nvGraphicFramePr', {}, [n('xdr:cNvPr', { id: 2, name: chart.title }), n('xdr:cNvGraphicFramePr')]),
        n('xdr:xfrm', {}, [n('a:off', { x: 0, y: 0 }), n('a:ext', { cx: 0, cy: 0 })]),
        n('a:graphic', {}, [n('a:graphicData', { uri: NS.chart }, [n('c:chart', { 'r:id': chartRel })])]),
      ]),
      n('xdr:clientData'),
    ]),
  );
  return doc;
}

/** Adds the chart to a sheet part chitieu made (`part`), through a new drawing and chart part. */
export function addSummaryChart(
  pkg: XlsxPackage,
  part: string,
  sheet: Worksheet,
  sheetName: string,
  chart: SummaryChart,
): void {
  const drawing = pkg.freeName('xl/drawings/drawing', '.xml');
  const chartName = pkg.freeName('xl/charts/chart', '.xml');
  pkg.setXml(chartName, chartPart(sheetName, chart));
  declarePart(pkg, chartName, TYPES.chart);
  pkg.setXml(drawing, parseXml('<placeholder/>', drawing));
  const chartRel = addRelationship(pkg, drawing, REL.chart, chartName);
  pkg.setXml(drawing, drawingPart(chart, chartRel));
  declarePart(pkg, drawing, TYPES.drawing);
  const drawingRel = addRelationship(pkg, part, REL.drawing, drawing);
  const el = createLike(sheet.root, 'drawing');
  el.setAttributeNS(NS.rel, 'r:id', drawingRel);
  insertInOrder(sheet.root, el, WORKSHEET_ORDER);
}
