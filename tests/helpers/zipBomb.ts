import { crc32, deflateRawSync } from 'node:zlib'

/** A zip whose directory says it unpacks to 4 GB: an upload check must refuse it from the directory alone, never inflating it. */
export const zipBomb = (): Buffer => {
  const name = Buffer.from('xl/worksheets/sheet1.xml')
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt32LE(0xfffffff0, 24)
  central.writeUInt16LE(name.length, 28)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(46 + name.length, 12)
  end.writeUInt32LE(30 + name.length, 16)
  return Buffer.concat([local, name, central, name, end])
}

/**
 * A zip that lies: its one sheet declares `declared` bytes (local header and directory alike) but really
 * inflates to `real` bytes, about a thousandth of that on disk (150 MB of zeros deflate to some 150 KB).
 * A check that trusts the declared sizes lets it through and inflates it whole.
 */
export const lyingZipBomb = ({ real = 150 * 1024 * 1024, declared = 100 } = {}): Buffer => {
  const name = Buffer.from('xl/worksheets/sheet1.xml')
  const data = deflateRawSync(Buffer.alloc(real), { level: 9 })
  const crc = crc32(Buffer.alloc(Math.min(real, declared)))
  const header = (signature: number, length: number, fields: number) => {
    const b = Buffer.alloc(length)
    b.writeUInt32LE(signature, 0)
    b.writeUInt16LE(20, fields)
    b.writeUInt16LE(8, fields + 4) // deflate
    b.writeUInt32LE(crc, fields + 10)
    b.writeUInt32LE(data.length, fields + 14)
    b.writeUInt32LE(declared, fields + 18)
    b.writeUInt16LE(name.length, fields + 22)
    return b
  }
  const local = header(0x04034b50, 30, 4)
  const central = header(0x02014b50, 46, 6)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + name.length, 12)
  end.writeUInt32LE(local.length + name.length + data.length, 16)
  return Buffer.concat([local, name, data, central, name, end])
}

/** A zip of `count` empty entries: more parts than any workbook has. */
export const manyEntriesZip = (count: number): Buffer => {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (let i = 0; i < count; i++) {
    const name = Buffer.from(`x/${i}.xml`)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name)
    centrals.push(central, name)
    offset += local.length + name.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(count, 8)
  end.writeUInt16LE(count, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/**
 * A zip whose `count` directory entries all point at one local entry: an empty deflate block followed by
 * `padding` bytes the inflater never reads. Each entry measures 0 bytes, yet a re-packed copy would hold
 * `count` x `padding` bytes.
 */
export const overlappingZip = ({ count = 1000, padding = 100 * 1024 } = {}): Buffer => {
  const name = Buffer.from('xl/worksheets/sheet1.xml')
  const data = Buffer.concat([deflateRawSync(Buffer.alloc(0)), Buffer.alloc(padding)])
  const header = (signature: number, length: number, fields: number) => {
    const b = Buffer.alloc(length)
    b.writeUInt32LE(signature, 0)
    b.writeUInt16LE(20, fields)
    b.writeUInt16LE(8, fields + 4) // deflate
    b.writeUInt32LE(data.length, fields + 14)
    b.writeUInt16LE(name.length, fields + 22)
    return b
  }
  const local = header(0x04034b50, 30, 4)
  const central = Buffer.concat(Array.from({ length: count }, () => [header(0x02014b50, 46, 6), name]).flat())
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(count, 8)
  end.writeUInt16LE(count, 10)
  end.writeUInt32LE(central.length, 12)
  end.writeUInt32LE(local.length + name.length + data.length, 16)
  return Buffer.concat([local, name, data, central, end])
}
