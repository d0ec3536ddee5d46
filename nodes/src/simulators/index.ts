/** `@ainow/nodes/simulators`: the vendor simulators and the kit they are built with. */
export * from './kit';
