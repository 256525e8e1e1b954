import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock';

const folders: string[] = [];
const tempFolder = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-lock-'));
  folders.push(folder);
  return folder;
};
afterEach(() => folders.splice(0).forEach((f) => fs.rmSync(f, { recursive: true, force: true })));

describe('data folder lock', () => {
  it('refuses a folder locked by a living process, naming its pid', async () => {
    const folder = tempFolder();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      fs.writeFileSync(path.join(folder, 'northbridge.lock'), String(other.pid));
      expect(() => acquireDataDirLock(folder)).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(folder)).toThrow(String(other.pid));
    } finally {
      other.kill();
    }
  });

  it('takes over a stale lock whose process is gone', () => {
    const folder = tempFolder();
    fs.writeFileSync(path.join(folder, 'northbridge.lock'), '999999999');
    const release = acquireDataDirLock(folder);
    expect(fs.readFileSync(path.join(folder, 'northbridge.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(folder, 'northbridge.lock'))).toBe(false);
  });

  it('creates the folder when it does not exist', () => {
    const folder = path.join(tempFolder(), 'nested', 'data');
    const release = acquireDataDirLock(folder);
    expect(fs.existsSync(folder)).toBe(true);
    release();
  });
});
