import sharp from 'sharp';
import { copyArchive } from './archive.ts';

/** The slug of the story `pictureArchive` adds. */
export const PICTURE_STORY = '/2026/11/talab-ki-tasveeren/';

/**
 * The fixture archive plus one story with a captioned lead picture, a body figure with caption and
 * credit, a gallery of three and a picture inline in text, and those pictures (drawn by sharp).
 */
export async function pictureArchive(): Promise<string> {
  const jpeg = (color: string, width = 1200, height = 800) =>
    sharp({ create: { width, height, channels: 3, background: color } })
      .jpeg()
      .toBuffer();
  const story = `---
title: तालाब की तस्वीरें
slug: talab-ki-tasveeren
date: 2026-11-20 10:00
category: rajniti
author: asha-meena
district: jalore
image: /images/2026/11/lead.jpg
image_alt: भरा हुआ तालाब
image_caption: बारिश के बाद भरा तालाब
image_credit: "फ़ोटो: संवाददाता"
---
गाँव के लोगों ने मिलकर तालाब की गाद निकाली।

![सूखा तालाब](/images/2026/11/sookha.jpg "गर्मी में सूखा तालाब | फ़ोटो: पंचायत")

श्रमदान तीन हफ़्ते चला।

![पहली](/images/2026/11/g1.jpg "अप्रैल")
![दूसरी](/images/2026/11/g2.jpg "मई | फ़ोटो: र")
![तीसरी](/images/2026/11/g3.jpg)

पाठ के बीच ![चिह्न](/images/2026/11/g1.jpg) भी।
`;
  return copyArchive({
    'articles/2026/11/talab.md': story,
    'images/2026/11/lead.jpg': await jpeg('#4aa3df'),
    'images/2026/11/sookha.jpg': await jpeg('#c89058'),
    'images/2026/11/g1.jpg': await jpeg('#d8432f', 1200, 900),
    'images/2026/11/g2.jpg': await jpeg('#f2b705', 900, 1200),
    'images/2026/11/g3.jpg': await jpeg('#4d7a1a'),
  });
}
