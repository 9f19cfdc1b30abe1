import fs from 'fs';
import { readResolution } from '../src/hosts/documents';
import { readStructure } from '../src/core/draft/sections';
test('s', async () => {
  const f = process.env.F as string;
  const doc = await readResolution(new Uint8Array(fs.readFileSync(f)), f);
  const s = readStructure(doc);
  console.log(
    s.year +
      '\n' +
      s.placed
        .map(
          (p) =>
            `${p.zone.padEnd(8)} ${p.heading ? 'H' : ' '} ${p.group ?? ''} | ${p.block.kind === 'paragraph' ? p.block.text.slice(0, 90) : 'TABLE ' + p.block.rows.length}`,
        )
        .join('\n'),
  );
});
