/** Which structure to work in after sign-in: the remembered one if still a membership, else the server's pick. */
export function chooseStructureId(
  remembered: string | null,
  memberships: readonly { structure: { id: string } }[],
  serverCurrent: string | null | undefined,
): string | null {
  if (remembered && memberships.some((membership) => membership.structure.id === remembered)) return remembered;
  if (serverCurrent) return serverCurrent;
  return memberships[0]?.structure.id ?? null;
}
