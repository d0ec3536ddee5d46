/** A short random node id (ids are stable once given; names are what people see). */
export function newNodeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return (
    'n' +
    Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
      .join('')
      .slice(0, 9)
  );
}
