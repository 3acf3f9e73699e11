/** What core uses of a TextDecoder. */
export type Decoder = Readonly<{ decode(input: Uint8Array): string }>;

type DecoderOptions = Readonly<{ fatal?: boolean; ignoreBOM?: boolean }>;

// Core is type-checked without DOM or Node types; TextDecoder exists in every runtime the app uses.
const TextDecoderImpl = (
  globalThis as unknown as { TextDecoder: new (label: string, options?: DecoderOptions) => Decoder }
).TextDecoder;

/** A TextDecoder for `label` (throws a RangeError for an encoding the runtime does not know). */
export function createTextDecoder(label: string, options?: DecoderOptions): Decoder {
  return new TextDecoderImpl(label, options);
}
