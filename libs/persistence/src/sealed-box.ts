import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface SealedChunk {
  iv: Buffer;
  authTag: Buffer;
  ciphertext: Buffer;
}

/**
 * AES-256-GCM per chunk. The package id and the chunk's position are bound in as additional
 * data, so chunks cannot be swapped, reordered or moved to another package undetected.
 */
export function sealChunk(
  key: Buffer,
  packageId: string,
  seq: number,
  plaintext: Buffer,
): SealedChunk {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`${packageId}:${seq}`));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, authTag: cipher.getAuthTag(), ciphertext };
}

export function openChunk(key: Buffer, ownerId: string, seq: number, chunk: SealedChunk): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, chunk.iv);
  decipher.setAAD(Buffer.from(`${ownerId}:${seq}`));
  decipher.setAuthTag(chunk.authTag);
  return Buffer.concat([decipher.update(chunk.ciphertext), decipher.final()]);
}

/** One sealed value in a single column: iv (12) | tag (16) | ciphertext. */
export function sealToBytes(key: Buffer, ownerId: string, plaintext: Buffer): Buffer {
  const sealed = sealChunk(key, ownerId, 0, plaintext);
  return Buffer.concat([sealed.iv, sealed.authTag, sealed.ciphertext]);
}

export function openFromBytes(key: Buffer, ownerId: string, bytes: Buffer): Buffer {
  return openChunk(key, ownerId, 0, {
    iv: bytes.subarray(0, 12),
    authTag: bytes.subarray(12, 28),
    ciphertext: bytes.subarray(28),
  });
}
