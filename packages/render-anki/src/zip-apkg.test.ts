import { unzipSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { zipApkg } from './zip-apkg.js';

const SECONDS = Date.UTC(2026, 10, 25, 13, 37, 42) / 1000;
const collection = new TextEncoder().encode('SQLite format 3\0'.repeat(5000));

/** The MS-DOS time and date of every local and central header, decoded. */
function entryTimes(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const times: string[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) {
    const signature = view.getUint32(i, true);
    const at = signature === 0x04034b50 ? i + 10 : signature === 0x02014b50 ? i + 12 : -1;
    if (at < 0) continue;
    const time = view.getUint16(at, true);
    const date = view.getUint16(at + 2, true);
    times.push(`${(date >> 9) + 1980}-${(date >> 5) & 15}-${date & 31} ${time >> 11}:${(time >> 5) & 63}:${(time & 31) * 2}`);
  }
  return times;
}

describe('zipApkg', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('holds exactly collection.anki2 and an empty media map', () => {
    const members = unzipSync(zipApkg(collection, SECONDS));
    expect(Object.keys(members)).toEqual(['collection.anki2', 'media']);
    expect(members['collection.anki2']).toEqual(collection);
    expect(new TextDecoder().decode(members.media)).toBe('{}');
  });

  it('deflates every member, so streaming readers that reject stored entries with data descriptors can read it', () => {
    const zip = zipApkg(collection, SECONDS);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const methods: number[] = [];
    for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x04034b50) methods.push(view.getUint16(i + 8, true));
    expect(methods).toEqual([8, 8]);
  });

  it('records the CRC-32 of the collection in the central directory', () => {
    const zip = zipApkg(collection, SECONDS);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const central = zip.findIndex((_, i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x02014b50);
    expect(view.getUint32(central + 16, true)).toBe(crc32(collection));
  });

  it('stamps the UTC time of `seconds` and gives the same bytes in every time zone', () => {
    const builds = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham'].map((zone) => {
      process.env.TZ = zone;
      return zipApkg(collection, SECONDS);
    });
    for (const build of builds) expect(build).toEqual(builds[0]);
    expect(entryTimes(builds[0]!)).toEqual(Array(4).fill('2026-11-25 13:37:42'));
  });
});
