// English, the source language: menus, screens and notices outside play (title, level select,
// settings, pause, results, leaderboard, replays). Keys are `area.what`; `{name}` is a parameter.
export const MENUS_EN = {
  'title.pressAnyKey': 'Press any key',
} as const;
