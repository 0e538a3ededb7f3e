import type { DoBlock, Statement } from '../parse.js';

/**
 * The statements inside the DO block `statement` is (read by parseSql with the PL/pgSQL parser, see
 * ../do-block.ts), or null when it is none.
 */
export function readDoBlock(statement: Statement): DoBlock | null {
  return statement.doBlock ?? null;
}
