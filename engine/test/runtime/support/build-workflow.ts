export { buildWorkflow } from '@ainow/engine/testing';
