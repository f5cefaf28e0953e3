import type { RelatedDoc } from '../../scripts/related/index.ts';
import { seeded } from '../../scripts/search/eval/derive.ts';
import { doc } from './build-doc.ts';

/** Topics of the synthetic archive: each a few words of its own, so stories of one topic meet. */
const TOPICS = [
  ['गेहूं', 'मंडी', 'किसानों', 'खरीद', 'समर्थन', 'मूल्य', 'तौल'],
  ['चुनाव', 'मतदान', 'प्रत्याशी', 'नामांकन', 'सभा', 'वोटों', 'पार्षद'],
  ['अस्पताल', 'शिविर', 'डॉक्टरों', 'मरीज़', 'जांच', 'दवाइयां', 'टीकाकरण'],
  ['बारिश', 'बांध', 'नहर', 'पानी', 'तालाब', 'बाढ़', 'राहत'],
  ['कबड्डी', 'खिलाड़ियों', 'मैच', 'टीम', 'फाइनल', 'स्टेडियम', 'ट्रॉफी'],
  ['पुलिस', 'चोरी', 'गिरफ्तार', 'थाने', 'आरोपी', 'मुकदमा', 'बाइक'],
];
const COMMON = ['जिले', 'गांव', 'लोगों', 'प्रशासन', 'शहर', 'दिन', 'काम', 'नगर', 'सड़क', 'बैठक'];

/**
 * `count` stories on six topics, with common words, numbers (some story-unique words too), tags,
 * districts and dates; one in five is a headline-length brief (so the trigram path runs), one in
 * fifty a draft. Large enough for `buildRelated` to start helper threads.
 */
export function syntheticArchive(count: number, seed = 7): RelatedDoc[] {
  const next = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length]!;
    const words = (n: number) =>
      Array.from({ length: n }, () => (next() < 0.6 ? pick(topic) : next() < 0.5 ? pick(COMMON) : pick(TOPICS.flat()))).join(' ');
    const brief = i % 5 === 0;
    return doc({
      id: `story-${String(i).padStart(5, '0')}`,
      title: `${words(4)} ${Math.floor(next() * 100)}`,
      text: brief ? '' : `${words(30)}। ${words(25)} कस्बा${i} में।`,
      tags: next() < 0.3 ? [pick(topic)] : [],
      category: `c${i % TOPICS.length}`,
      district: pick(['jaipur', 'ajmer', 'jalore', 'barmer']),
      daysAgo: Math.floor(next() * 2000),
      draft: i % 50 === 49,
    });
  });
}
