/** Jest: TypeScript through SWC; workspaces resolve to their sources so tests need no build. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
    },
  },
];
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  testMatch: [
    '<rootDir>/{engine,nodes,server,editor}/test/**/*.test.ts',
    '<rootDir>/examples/**/test/**/*.test.ts',
  ],
  moduleNameMapper: {
    '^@ainow/engine$': '<rootDir>/engine/src/index.ts',
    '^@ainow/engine/(.*)$': '<rootDir>/engine/src/$1/index.ts',
    '^@ainow/nodes$': '<rootDir>/nodes/src/index.ts',
    '^@ainow/nodes/(.*)$': '<rootDir>/nodes/src/$1/index.ts',
  },
  // NestJS 12 ships ES modules; Jest (without --experimental-vm-modules) needs them compiled to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/)'],
  testTimeout: 30000,
};
