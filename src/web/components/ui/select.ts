// Mantine's select in a chunk of its own, for `SelectOnDemand`.
export { Select } from '@mantine/core';
