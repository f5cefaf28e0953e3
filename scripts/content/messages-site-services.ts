import type { MessageTable } from './messages.ts';

/** site.json's ads, analytics and CMS settings as the schema refuses them (ads-config.ts, analytics-config.ts, cms-settings.ts). */
export const siteServiceMessages = {
  'siteJson.httpsBase': {
    hi: '{what} / पर ख़त्म होने वाला https पता होना चाहिए, जैसे "{like}"',
    en: '{what} must be an https address ending in /, like "{like}"',
  },
  'siteJson.goatcounterCode': {
    hi: 'code में GoatCounter का आपका कोड लिखें (छोटे अंग्रेज़ी अक्षर, अंक, -), जैसे "marudhar"',
    en: 'code is your GoatCounter code, like "marudhar"',
  },
  'siteJson.plausibleDomain': {
    hi: 'domain में साइट का वह नाम लिखें जो Plausible में दर्ज है, जैसे "marudhar-samachar.example"',
    en: 'domain is the site as registered in Plausible, like "marudhar-samachar.example"',
  },
  'siteJson.matomoSiteId': {
    hi: 'siteId में वह संख्या लिखें जो Matomo ने साइट को दी है, जैसे 1',
    en: 'siteId is the number Matomo gave the site, like 1',
  },
  'siteJson.ga4Id': { hi: 'measurementId ऐसा दिखता है: "G-ABC123XYZ9"', en: 'measurementId looks like "G-ABC123XYZ9"' },
  'siteJson.analyticsProvider': {
    hi: 'provider इनमें से एक होना चाहिए: "goatcounter", "plausible", "matomo", "ga4"',
    en: 'provider must be one of "goatcounter", "plausible", "matomo", "ga4"',
  },
  'siteJson.adsenseClient': {
    hi: 'client में AdSense का पब्लिशर आईडी लिखें, जैसे "ca-pub-1234567890123456"',
    en: 'client must be an AdSense publisher id like "ca-pub-1234567890123456"',
  },
  'siteJson.adsenseSlot': {
    hi: 'slot में AdSense विज्ञापन यूनिट का 10 अंकों का आईडी लिखें, जैसे "1234567890"',
    en: 'slot must be an AdSense ad unit id of 10 digits, like "1234567890"',
  },
  'siteJson.adHtml': {
    hi: 'html में layouts/ads/ की फ़ाइल का नाम .html के बिना लिखें, जैसे "header"',
    en: 'html is a file name in layouts/ads/ without .html, like "header"',
  },
  'siteJson.adOneCode': {
    hi: 'एक जगह (slot) में adsense या html में से एक ही हो सकता है, दोनों नहीं',
    en: 'a slot has either adsense or html, not both',
  },
  'siteJson.adOrigin': {
    hi: 'हर origin https:// और एक होस्ट हो, बिना आगे के रास्ते के, जैसे "https://ads.example.net"',
    en: 'each origin is https:// and a host, without a path, like "https://ads.example.net"',
  },
  'siteJson.adOrigins': {
    hi: 'origins एक सूची होनी चाहिए, जैसे ["https://ads.example.net"]',
    en: 'origins must be a list like ["https://ads.example.net"]',
  },
  'siteJson.adLabel': { hi: 'विज्ञापन के ऊपर का label ख़ाली है', en: 'label is empty' },
  'siteJson.cmsReview': { hi: 'cms.review में true या false लिखें (बिना उद्धरण चिह्नों के)', en: 'cms.review must be true or false' },
} as const satisfies MessageTable;
