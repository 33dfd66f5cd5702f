export { eventFatalities as conservativeFatalities } from '../claims/index.ts';
