/**
 * Families of indicators, derived from the catalog: indicators of one group and unit whose names
 * start alike and differ in their tails (`Tỷ lệ tiêm phòng` gia súc / gia cầm / dại chó, `Tổng đàn`
 * trâu bò / lợn / gia cầm, `Cơ cấu` nông nghiệp / công nghiệp / dịch vụ). Under a heading that names a
 * family's head, a row written only by its tail (`Chó (bệnh dại)`, `Heo`, `Nông nghiệp`) is that member.
 */

export interface FamilyMember {
  id: string;
  /** The words that set this member apart within the family. */
  tails: string[][];
}

export interface Family {
  head: string[];
  members: FamilyMember[];
}

export interface FamilySource {
  id: string;
  group: string;
  unit: string;
  /** Each alias's words. */
  aliases: string[][];
}

/** Families from the catalog: heads shared by two indicators or more, each member with its tails. */
export function deriveFamilies(entries: readonly FamilySource[], isFiller: (word: string) => boolean): Family[] {
  const byHead = new Map<string, Map<string, string[][]>>();
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i];
      const b = entries[j];
      if (a.group !== b.group || a.unit !== b.unit) continue;
      for (const x of a.aliases) {
        for (const y of b.aliases) {
          let n = 0;
          while (n < x.length && n < y.length && x[n] === y[n]) n++;
          // One name may be the head itself (`Diện tích gieo trồng` over `Diện tích gieo trồng lúa`):
          // the other is then a member, the whole is not.
          if (n === 0 || (n === x.length && n === y.length)) continue;
          const head = x.slice(0, n);
          if (head.every(isFiller)) continue;
          const key = head.join(' ');
          const members = byHead.get(key) ?? new Map<string, string[][]>();
          for (const [entry, words] of [
            [a, x],
            [b, y],
          ] as const) {
            const tail = words.slice(n).filter((w) => !isFiller(w));
            if (!tail.length) continue;
            const tails = members.get(entry.id) ?? [];
            if (!tails.some((t) => t.join(' ') === tail.join(' '))) tails.push(tail);
            members.set(entry.id, tails);
          }
          byHead.set(key, members);
        }
      }
    }
  }
  return [...byHead.entries()]
    .filter(([, members]) => members.size >= 1)
    .map(([head, members]) => ({
      head: head.split(' '),
      members: [...members.entries()].map(([id, tails]) => ({ id, tails })),
    }));
}

/**
 * The member a row's words name within the families its heading heads: the part's words (and its
 * brackets) must give a member's tail entire, and the tail must say all the part says.
 */
export function familyMember(
  families: readonly Family[],
  heading: ReadonlySet<string>,
  part: readonly string[],
  detail: ReadonlySet<string>,
  exclude: ReadonlySet<string>,
  knows: (word: string) => boolean,
): { id: string; exact: boolean } | null {
  // The members of every family the heading heads; a member is known by any of its tails.
  const candidates = new Map<string, string[][]>();
  for (const family of families) {
    if (!family.head.every((w) => heading.has(w))) continue;
    for (const m of family.members) if (!exclude.has(m.id)) candidates.set(m.id, []);
  }
  for (const family of families) {
    for (const m of family.members) candidates.get(m.id)?.push(...m.tails);
  }
  // The part gives a tail entire (its brackets may help), and says nothing the tail does not, but
  // words the catalog never uses (`Dịch vụ, du lịch`) or that no other member's tail has (`Lúa nước`).
  const elsewhere = (id: string, w: string): boolean =>
    [...candidates].some(([other, tails]) => other !== id && tails.some((t) => t.includes(w)));
  let best: { id: string; exact: boolean } | null = null;
  for (const [id, tails] of candidates) {
    for (const tail of tails) {
      const covered = tail.every((w) => part.includes(w) || detail.has(w));
      const said = part.every((w) => tail.includes(w) || !knows(w) || !elsewhere(id, w));
      if (!covered || !said) continue;
      const exact = tail.length === part.length;
      if (!best || (exact && !best.exact)) best = { id, exact };
    }
  }
  if (best) return best;
  // Else the one member whose tail holds every word of the part (`Chó` under `Tiêm phòng` is the
  // dog rabies vaccination): a part that names one member alone.
  const holding = [...candidates].filter(([, tails]) => tails.some((t) => part.every((w) => t.includes(w))));
  return holding.length === 1 ? { id: holding[0][0], exact: false } : null;
}
