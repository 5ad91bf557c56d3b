// Types for gen-proto.mjs, for the tests that import it (src/proto-sync.test.ts).
import type { StubKind } from '@pgo/engine';

export function stubKindEnumName(name: string): string;
export function renderStubKindEnum(stubKinds: readonly StubKind[]): string;
export function syncProto(protoText: string, stubKinds: readonly StubKind[]): string;
