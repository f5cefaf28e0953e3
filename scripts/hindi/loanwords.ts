/**
 * Words whose everyday Latin spelling the letter rules cannot guess: English loanwords (कलेक्टर is
 * "collector", not "kalektar"), party abbreviations, and place names, which follow the official
 * English name (district slugs in content/_data/districts.json are built from these: जालोर →
 * jalore, बाड़मेर → barmer, भीलवाड़ा → bhilwara). Keys are written as usually printed; lookup
 * ignores nukta and chandrabindu/anusvara, so ज़िला/जिला and गाँव/गांव share one entry.
 * Add a word here when a slug or search test shows the rules spelling it oddly.
 */
const WORDS: ReadonlyArray<readonly [string, string]> = [
  // Parties, offices and institutions
  ['कांग्रेस', 'congress'], ['भाजपा', 'bjp'], ['बीजेपी', 'bjp'], ['बसपा', 'bsp'], ['सपा', 'sp'],
  ['माकपा', 'cpm'], ['रालोपा', 'rlp'], ['एसपी', 'sp'], ['डीएम', 'dm'], ['एसडीएम', 'sdm'],
  ['आईएएस', 'ias'], ['आईपीएस', 'ips'], ['सीएम', 'cm'], ['पीएम', 'pm'], ['विधायक', 'vidhayak'],
  ['कलेक्टर', 'collector'], ['कलक्टर', 'collector'], ['पुलिस', 'police'], ['कोर्ट', 'court'],
  ['हाईकोर्ट', 'highcourt'], ['हाई', 'high'], ['सुप्रीम', 'supreme'], ['पार्टी', 'party'],
  ['ज़िला', 'zila'], ['ज़िले', 'zile'], ['ज़िलों', 'zilon'], ['आंदोलन', 'andolan'], ['गांव', 'gaon'],
  ['गांवों', 'gaon'], ['ग्राम', 'gram'], ['पंचायत', 'panchayat'],
  // English loanwords common in local news
  ['डॉक्टर', 'doctor'], ['डाक्टर', 'doctor'], ['स्कूल', 'school'], ['कॉलेज', 'college'], ['यूनिवर्सिटी', 'university'],
  ['हॉस्पिटल', 'hospital'], ['बस', 'bus'], ['ट्रक', 'truck'], ['ट्रेन', 'train'], ['रेलवे', 'railway'],
  ['स्टेशन', 'station'], ['रोड', 'road'], ['हाईवे', 'highway'], ['बाइक', 'bike'], ['कार', 'car'],
  ['मोबाइल', 'mobile'], ['फोन', 'phone'], ['वीडियो', 'video'], ['सोशल', 'social'], ['मीडिया', 'media'],
  ['न्यूज़', 'news'], ['ऑनलाइन', 'online'], ['इंटरनेट', 'internet'], ['कंप्यूटर', 'computer'],
  ['वैक्सीन', 'vaccine'], ['कोविड', 'covid'], ['टीम', 'team'], ['मैच', 'match'], ['क्रिकेट', 'cricket'],
  ['प्रोजेक्ट', 'project'], ['बजट', 'budget'], ['बैंक', 'bank'], ['लोन', 'loan'], ['टैक्स', 'tax'],
  ['ग्रेनाइट', 'granite'], ['फैक्ट्री', 'factory'], ['सोलर', 'solar'], ['पावर', 'power'], ['प्लांट', 'plant'],
  ['ऑक्सीजन', 'oxygen'], ['ब्लड', 'blood'], ['एंबुलेंस', 'ambulance'], ['एम्बुलेंस', 'ambulance'],
  ['ऑपरेशन', 'operation'], ['मेडिकल', 'medical'], ['टेस्ट', 'test'], ['रिपोर्ट', 'report'], ['केस', 'case'],
  ['एफआईआर', 'fir'], ['साइबर', 'cyber'], ['फ्रॉड', 'fraud'], ['ऑफिस', 'office'], ['बोर्ड', 'board'],
  ['रिजल्ट', 'result'], ['परीक्षा', 'pariksha'], ['नीट', 'neet'],
  // Rajasthan: districts (official English names), division towns and neighbours
  ['अजमेर', 'ajmer'], ['अलवर', 'alwar'], ['बांसवाड़ा', 'banswara'], ['बारां', 'baran'],
  ['बाड़मेर', 'barmer'], ['भरतपुर', 'bharatpur'], ['भीलवाड़ा', 'bhilwara'], ['बीकानेर', 'bikaner'],
  ['बूंदी', 'bundi'], ['चित्तौड़गढ़', 'chittorgarh'], ['चूरू', 'churu'], ['दौसा', 'dausa'],
  ['धौलपुर', 'dholpur'], ['डूंगरपुर', 'dungarpur'], ['हनुमानगढ़', 'hanumangarh'], ['जयपुर', 'jaipur'],
  ['जैसलमेर', 'jaisalmer'], ['जालोर', 'jalore'], ['जालौर', 'jalore'], ['झालावाड़', 'jhalawar'],
  ['झुंझुनू', 'jhunjhunu'], ['झुंझुनूं', 'jhunjhunu'], ['जोधपुर', 'jodhpur'], ['करौली', 'karauli'],
  ['कोटा', 'kota'], ['नागौर', 'nagaur'], ['पाली', 'pali'], ['प्रतापगढ़', 'pratapgarh'],
  ['राजसमंद', 'rajsamand'], ['सवाई', 'sawai'], ['माधोपुर', 'madhopur'], ['सीकर', 'sikar'],
  ['सिरोही', 'sirohi'], ['श्रीगंगानगर', 'sriganganagar'], ['गंगानगर', 'ganganagar'], ['टोंक', 'tonk'],
  ['उदयपुर', 'udaipur'], ['बालोतरा', 'balotra'], ['ब्यावर', 'beawar'], ['डीग', 'deeg'],
  ['डीडवाना', 'didwana'], ['कुचामन', 'kuchaman'], ['कोटपूतली', 'kotputli'], ['खैरथल', 'khairthal'],
  ['फलोदी', 'phalodi'], ['सलूंबर', 'salumbar'], ['सांचौर', 'sanchore'], ['भीनमाल', 'bhinmal'],
  ['आबू', 'abu'], ['पुष्कर', 'pushkar'], ['मेड़ता', 'merta'], ['राजस्थान', 'rajasthan'],
  ['मारवाड़', 'marwar'], ['मेवाड़', 'mewar'], ['दिल्ली', 'delhi'], ['गुजरात', 'gujarat'],
  ['अहमदाबाद', 'ahmedabad'], ['मुंबई', 'mumbai'], ['गहलोत', 'gehlot'],
];

/**
 * The lookup key: nukta dropped and chandrabindu read as anusvara, so spelling variants of one
 * word find the same entry. Exported for tests and for the transliterator.
 */
function loanwordKey(word: string): string {
  return word.normalize('NFC').replace(/\u093C/g, '').replace(/\u0901/g, '\u0902').replace(/[\u200C\u200D]/g, '');
}

const TABLE: ReadonlyMap<string, string> = new Map(WORDS.map(([hi, latin]) => [loanwordKey(hi), latin]));

/** The conventional Latin spelling of a Devanagari word, or undefined if the rules should decide. */
export function lookupLoanword(word: string): string | undefined {
  return TABLE.get(loanwordKey(word));
}
