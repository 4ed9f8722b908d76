import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import { sniffFileType } from './file-type';

const ole = (...streams: string[]) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), ...streams.map((name) => Buffer.from(name, 'utf16le'))]);
const zipOf = async (files: Record<string, string>) => {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer' });
};
const typeOf = async (bytes: Buffer) => {
  const sniffed = await sniffFileType(bytes);
  return sniffed.ok ? sniffed.type.mediaType : `refused: ${sniffed.found}`;
};

describe('telling a file by its bytes', () => {
  it('knows the images a phone takes', async () => {
    expect(await typeOf(Buffer.from('RIFF\x00\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(await typeOf(Buffer.from('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00', 'latin1'))).toBe('image/heic');
    expect(await typeOf(Buffer.from('\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00', 'latin1'))).toBe('refused: 视频或其他媒体文件');
    expect(await typeOf(Buffer.from('GIF89a', 'latin1'))).toBe('refused: GIF 动图');
  });

  it('opens zip containers to tell Word from Excel from any other zip', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('会议记录')] }] }));
    expect(await typeOf(docx)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(await typeOf(await zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }))).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await typeOf(await zipOf({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' }))).toBe('refused: PowerPoint 演示文稿');
    expect(await typeOf(await zipOf({ 'photos/1.jpg': 'x' }))).toBe('refused: ZIP 压缩包');
    expect(await typeOf(Buffer.from('PK\x03\x04broken', 'latin1'))).toBe('refused: 损坏的 ZIP 文件');
  });

  it('reads the stream names of Office 97–2003 files, and refuses encrypted ones', async () => {
    expect(await typeOf(ole('WordDocument'))).toBe('application/msword');
    expect(await typeOf(ole('Workbook'))).toBe('application/vnd.ms-excel');
    expect(await typeOf(ole('EncryptedPackage', 'WordDocument'))).toBe('refused: 加密的 Office 文件');
  });

  it('names what it refuses, so the user knows what they sent', async () => {
    expect(await typeOf(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1]))).toBe('refused: Linux 可执行程序');
    expect(await typeOf(Buffer.from('#!/bin/sh\nrm -rf /\n'))).toBe('refused: 脚本');
    expect(await typeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('refused: HTML、XML 或 SVG 文本');
    expect(await typeOf(Buffer.from('会议纪要，纯文字'))).toBe('refused: 纯文本文件');
    expect(await typeOf(Buffer.from([0, 1, 2, 3, 250, 251]))).toBe('refused: 无法识别的文件类型');
    expect(await typeOf(Buffer.alloc(0))).toBe('refused: 空文件');
  });
});
