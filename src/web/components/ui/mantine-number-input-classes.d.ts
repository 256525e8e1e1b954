// Mantine's own class names for its number input, resolved to Mantine's file by vite.config.ts
// (the package exports no deep paths): the stand-in of `NumberInputOnDemand` draws with them.
declare module '@mantine/core/esm/components/NumberInput/NumberInput.module.mjs' {
  const classes: { root: string; controls: string; control: string };
  export default classes;
}
