/**
 * The more file's part of a bundled dataset (scripts/lean-datapackage.ts): `datapackage.json?more`
 * describes only the resources of `src/indicators/more.ts`, and `<dataset>.csv?raw&more` holds only
 * their rows. Outside a build (tests, Node) each is the whole file.
 */
declare module '*.json?more' {
  const json: unknown;
  export default json;
}
declare module '*?raw&more' {
  const text: string;
  export default text;
}
