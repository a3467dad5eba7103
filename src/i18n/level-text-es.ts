// Spanish for the text level files carry (map titles, objectives, trigger captions and story
// lines), keyed by the English as the map holds it. Kept out of the level data on purpose: the
// sim never reads it, so translating changes no level's content hash and no replay breaks.
export const LEVEL_TEXT_ES: Readonly<Record<string, string>> = {
  'El Tarasco': 'El Tarasco',
};
