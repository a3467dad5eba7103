// The room each menu string has (title, level select, settings, pause, results); see boxes.ts.
// Widths come from where the screens draw them at 1280x720: a menu's text starts 30 px right of
// its x and shares the line with its value, right-aligned at x + width.
import type { TextBox } from './boxes';
import type { MessageKey } from './index';

const group = (face: TextBox['face'], scale: number, maxWidth: number, keys: readonly MessageKey[], params?: TextBox['params']): TextBox[] =>
  keys.map((key) => ({ key, face, scale, maxWidth, ...(params ? { params } : {}) }));

/** Longest plausible parameter values: a time, a level title, a key list, a URL. */
const LONG = { time: '59:59.999', n: 12, level: 'The Tarasco', start: 'Split 12: The Tarasco backroom', state: 'connecting...', lang: 'Español', url: 'ws://localhost:16834/livesplit' };

export const MENU_BOXES: readonly TextBox[] = [
  // Title: centred on the 1280 px screen (the credit sits bottom-right, clear of the prompt).
  ...group('small', 2, 1200, ['title.tagline']),
  ...group('small', 3, 1200, ['title.pressAnyKey', 'title.tapToStart']),
  ...group('small', 2, 600, ['title.credit']),
  // Pause: a 440 px panel; menu x..x+360, text from +30.
  ...group('title', 4, 400, ['pause.title']),
  ...group('small', 3, 330, ['pause.resume', 'pause.restart', 'pause.restartLevel', 'pause.restartRun', 'pause.settings', 'pause.quit']),
  // Level select: title and help across the screen; menu 1040 wide, text up to ~620 beside a value up to ~380.
  ...group('title', 4, 1150, ['select.title', 'select.practiceTitle', 'select.replaysTitle']),
  ...group('small', 2, 1180, ['select.help', 'select.practiceHelp', 'select.replaysHelp']),
  ...group('small', 3, 620, ['select.fullGame', 'select.randomSeed', 'select.practice', 'select.replays', 'select.leaderboard',
    'select.settings', 'select.backToTitle', 'select.back', 'select.watchBest', 'select.watchFile', 'select.raceFile'], LONG),
  ...group('small', 3, 380, ['select.locked', 'select.par', 'select.best', 'select.fullGameValue', 'select.seedOn', 'select.seedOff'], LONG),
  ...group('small', 3, 1000, ['select.from'], LONG),
  // Settings: a 1040 px panel; menu 900 wide at scale 3 (the controls page at scale 2).
  ...group('title', 4, 1000, ['settings.title']),
  ...group('small', 2, 1000, ['settings.prompt', 'settings.controlsPrompt', 'settings.liveSplitPrompt', 'settings.liveSplitSaved', 'settings.serverPrompt',
    'settings.fieldHint', 'settings.pressKeyFor', 'settings.keptAsWas', 'settings.noKey', 'settings.swapTaken', 'settings.swapped', 'assists.prompt'],
  { ...LONG, action: 'Focus (bullet time)', actions: 'Fire, Dive, Reload', key: 'Numpad Enter', keys: 'Mouse 1 / Numpad 0', other: 'Throw grenade' }),
  ...group('small', 2, 1000, ['settings.swapQuestion', 'settings.swapLeavesNone', 'settings.swapGets', 'settings.swapKeeps'],
    { action: 'Focus (bullet time)', key: 'Numpad Enter', keys: 'Mouse 1 / Numpad 0', other: 'Concentración (tiempo bala)', then: '"Concentración (tiempo bala)" se queda SIN tecla' }),
  ...group('small', 3, 540, ['settings.masterVolume', 'settings.music', 'settings.effects', 'settings.screenShake', 'settings.captions',
    'settings.language', 'settings.gamepad', 'settings.leftHanded', 'settings.speedrun', 'settings.assists', 'settings.controls', 'settings.back',
    'settings.ghost', 'settings.liveSplitLink', 'settings.liveSplitServer', 'settings.leaderboardServer',
    'assists.speed', 'assists.extraHearts', 'assists.noKnockdown', 'assists.aimAssist', 'assists.longFocus', 'assists.reduceFlashes', 'assists.captionSize']),
  // The one long switch: its value is a short "On"/"Off".
  ...group('small', 3, 760, ['settings.randomSeed']),
  ...group('small', 3, 320, ['settings.on', 'settings.off', 'settings.linkOn', 'settings.languageAuto', 'settings.thisPageServer', 'settings.noServer',
    'assists.captionSmall', 'assists.captionNormal', 'assists.captionLarge'], LONG),
  ...group('small', 2, 440, ['settings.resetKeys', 'action.moveUp', 'action.moveDown', 'action.moveLeft', 'action.moveRight', 'action.fire', 'action.dive',
    'action.reload', 'action.use', 'action.switchWeapon', 'action.slot1', 'action.slot2', 'action.slot3', 'action.slot4', 'action.throw',
    'action.focus', 'action.pause', 'action.restart']),
  // Results: a 1040 px panel; rows' labels have 266 px before the values; the menu 588 at scale 2.
  ...group('title', 4, 990, ['results.cleared', 'results.dead', 'results.timeout', 'results.failed', 'results.fullGame']),
  ...group('title', 3, 990, ['results.practice'], { outcome: 'SE ACABÓ EL TIEMPO' }),
  ...group('small', 3, 266, ['results.assists', 'results.time', 'results.levels', 'results.attempts', 'results.fullGameRow', 'results.par',
    'results.killedBy', 'results.kills', 'results.accuracy', 'results.damageTaken', 'results.bystanders']),
  ...group('small', 2, 588, ['results.runAgain', 'results.practiseAgain', 'results.raceAgain', 'results.playAgain', 'results.tryAgain',
    'results.restartRun', 'results.next', 'results.saveReplay', 'results.submit', 'results.exportSplits', 'results.levelSelect'], LONG),
  ...group('small', 2, 500, ['results.runSeedRandom', 'results.fixedBoards', 'results.seedRandom', 'results.seedFixed', 'results.seedChosen'], { seed: 4294967295 }),
  ...group('small', 2, 300, ['results.newBest']),
  // Leaderboard screen: its title beside the board arrows, lines at scale 2 from x 64 (1150 px).
  ...group('title', 4, 700, ['board.heading']),
  ...group('small', 2, 1150, ['board.help', 'board.loading', 'board.noServer', 'board.empty', 'board.fullNotRaceable', 'board.downloading',
    'board.noName', 'board.yourRank', 'board.notInTop', 'lb.busy', 'lb.serverFailed', 'lb.refused', 'lb.timeout', 'lb.unreachable', 'lb.notJson',
    'lb.runNotJson', 'lb.noServerSet', 'lb.noAnswer', 'lb.noName', 'lb.ranked', 'submit.already', 'submit.sending', 'submit.not'],
  { ...LONG, who: 'la carrera de El Mariachi', name: 'El Mariachi del Tarasco', rank: 20, status: 503, where: 'https://runs.example.com', category: 'rooftops/random', n: 20 }),
  ...group('small', 3, 760, ['board.full', 'board.random', 'board.assisted']),
  ...group('small', 2, 500, ['board.verified', 'board.runOf', 'board.you', 'lb.thisPage'], { name: 'El Mariachi del Tarasco' }),
  // The text field (a 760 px panel, text from +30): prompt, error and hint at scale 2.
  ...group('small', 2, 700, ['submit.namePrompt', 'submit.nameHint', 'name.empty', 'name.tooLong', 'name.printable', 'url.tooLong', 'url.notUrl',
    'url.http', 'url.credentials', 'url.query'], { max: 200, n: 240 }),
  // Boot's line and the results chart captions (the chart's column is 300 px at scale 2).
  ...group('small', 2, 1200, ['boot.tuning']),
  ...group('small', 2, 300, ['chart.vsBest', 'chart.firstClear', 'chart.sumOfBest'], LONG),
  // Practice starts are parameters of select.from (boxed above) as well.
  ...group('small', 3, 1000, ['practice.start', 'practice.split'], { k: 12, name: 'The Tarasco backroom' }),
];
