#!/usr/bin/env python3
"""List every field mismatch between <name>.expected.json and the tool's <name>.json.
usage: diff.py EXPECTED_DIR OUTPUT_DIR"""
import json, os, sys, unicodedata
nfc = lambda s: unicodedata.normalize('NFC', str(s)).strip()
exp_dir, out_dir = sys.argv[1:3]
for f in sorted(os.listdir(exp_dir)):
    if not f.endswith('.expected.json'): continue
    name = f[:-len('.expected.json')]
    exp = json.load(open(os.path.join(exp_dir, f)))
    out = json.load(open(os.path.join(out_dir, name + '.json')))
    rows, tables = {}, []
    for sh in out['sheets']:
        for t in sh['tables']:
            tables.append((nfc(sh['name']), t))
            for r in t['rows']: rows[(nfc(sh['name']), r['row'])] = r
    seen = set()
    for e in exp['rows']:
        k = (nfc(e['sheet']), e['row']); seen.add(k)
        a = rows.get(k)
        if a is None: print(f"{name} | {e['sheet']}!{e['row']} | MISSING row | {e['label']}"); continue
        for fld in ('indicatorId', 'plan', 'actual', 'percentOfPlan', 'status', 'direction'):
            ev, av = e.get(fld), a.get(fld)
            same = (abs(ev - av) <= 0.05) if isinstance(ev, (int, float)) and isinstance(av, (int, float)) else ev == av
            if not same:
                extra = f" (conf {a.get('confidence')}, runnerUp {a.get('runnerUp')})" if fld == 'indicatorId' else ''
                print(f"{name} | {e['sheet']}!{e['row']} | {fld} | {e['label']} | exp {ev!r} | got {av!r}{extra}")
    for k, a in rows.items():
        if k not in seen: print(f"{name} | {k[0]}!{k[1]} | EXTRA row | {a.get('label')} | id {a.get('indicatorId')} plan {a.get('plan')!r} actual {a.get('actual')!r}")
    for c in exp['columns']:
        cands = [t for s, t in tables if s == nfc(c['sheet'])]
        best = min(cands, key=lambda t: abs(t['headerRow'] - c['headerRow'])) if cands else None
        if best is None: print(f"{name} | {c['sheet']} | MISSING table hdr {c['headerRow']}"); continue
        got = {'headerRow': best['headerRow'], **best['columns']}
        for kk in ('headerRow', 'label', 'unit', 'plan', 'actual', 'previous'):
            if got.get(kk) != c[kk]: print(f"{name} | {c['sheet']} hdr {c['headerRow']} | column {kk} | exp {c[kk]} | got {got.get(kk)}")
