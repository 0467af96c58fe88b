/**
 * Cases written with their slips marked in place: ⟦typed→fixed⟧, or ⟦debris⟧ alone for text the
 * fix removes. One sentence then gives both the draft a reporter typed and the text the fix must
 * leave, so the two cannot drift apart.
 */
const marks = /⟦([^⟧]*)⟧/gu;

/** The case as the reporter typed it. */
export const source = (t: string): string => t.replace(marks, (_m, x: string) => x.split('→')[0]);

/** The case as the fix must leave it; a mark without an arrow is debris and goes. */
export const after = (t: string): string => t.replace(marks, (_m, x: string) => (x.includes('→') ? x.split('→')[1] : ''));
