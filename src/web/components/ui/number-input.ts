// Mantine's number input in a chunk of its own, for `NumberInputOnDemand`.
export { NumberInput } from '@mantine/core';
