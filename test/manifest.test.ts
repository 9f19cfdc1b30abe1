import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..');
const manifestPath = path.join(root, 'manifest.xml');
const validateScript: string = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.validate;

function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

/** Runs the `validate` script's xmllint command on another file, so the test checks what `npm run validate` checks. */
function validate(file: string): { status: number | null; output: string } {
  const args = validateScript.split(/\s+/).slice(1);
  const last = args.lastIndexOf('manifest.xml');
  args[last] = file;
  const r = spawnSync('xmllint', args, { cwd: root, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const describeWithXmllint = hasXmllint() ? describe : describe.skip;
if (!hasXmllint()) {
  console.warn('manifest tests skipped: xmllint is missing (apt-get install -y libxml2-utils)');
}

describeWithXmllint('manifest.xml', () => {
  it('passes npm run validate', () => {
    const out = execFileSync('npm', ['run', '--silent', 'validate'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    expect(out).toBe('');
  });

  it('is rejected when its elements are out of order', () => {
    const good = fs.readFileSync(manifestPath, 'utf8');
    const permissions = '  <Permissions>ReadWriteDocument</Permissions>\n';
    const broken = good.replace(permissions, '').replace('  <DefaultSettings>', permissions + '  <DefaultSettings>');
    expect(broken).not.toBe(good);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-manifest-'));
    const file = path.join(dir, 'manifest.xml');
    fs.writeFileSync(file, broken);
    const r = validate(file);
    expect(r.status).toBe(3);
    expect(r.output).toMatch(/Permissions/);
  });

  it('declares what the add-in needs and nothing more', () => {
    const xml = fs.readFileSync(manifestPath, 'utf8');
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(xml.match(/<Host Name=/g)).toHaveLength(1);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    for (const size of [16, 32, 64, 80, 128]) {
      expect(fs.existsSync(path.join(root, 'assets', `icon-${size}.png`))).toBe(true);
    }
    for (const m of xml.matchAll(/assets\/(icon-\d+\.png)/g)) {
      expect(fs.existsSync(path.join(root, 'assets', m[1]))).toBe(true);
    }
  });

  it('has Vietnamese display name, description and button strings', () => {
    const xml = fs.readFileSync(manifestPath, 'utf8');
    expect(xml).toMatch(/<DisplayName[^>]*>\s*<Override Locale="vi-VN"/);
    expect(xml).toMatch(/<Description[^>]*>\s*<Override Locale="vi-VN"/);
    for (const id of ['Chitieu.Group.Label', 'Chitieu.TaskpaneButton.Label', 'Chitieu.TaskpaneButton.Tooltip']) {
      expect(xml).toMatch(
        new RegExp(`<bt:String id="${id.replace(/\./g, '\\.')}"[^>]*>\\s*<bt:Override Locale="vi-VN"`),
      );
    }
  });
});
