// Fire, char and Navajas's knives. Directional sprites point EAST; origins are the centre.
// The flames are four frames of one licking fire, drawn in a 16x16 cell (the burning floor).
import { parseSprite, type PixelImage } from '../pixel-sprite';

type Rows = readonly string[];

const DRAWN: Readonly<Record<string, Rows>> = {
  flame0: [
    '................',
    '.......f........',
    '......fF....f...',
    '..f...fF...fF...',
    '..Ff..Fyf..fF...',
    '..FF.fFyF.fFF.f.',
    '.fFyfFyYyFfyF.F.',
    '.FyYFyYxYyFyFfF.',
    'fFyYyyYxYyyYyFf.',
    'fFyYYYxxxYYYyFf.',
    'ffFyYYxxxYYyFFf.',
    '.fFFyyYYYyyFFf..',
    '.wfFFFyyyFFFfw..',
    '..wwfFFFFFffw...',
    '...uwwffffwwu...',
    '................',
  ],
  flame1: [
    '........f.......',
    '...f....Ff......',
    '...Ff...FF...f..',
    '...FF..fFyf..Ff.',
    '..fFyf.FyYF.fFf.',
    '..FyYF.FyYFfFy..',
    '.fFyYFfyYxyFyY..',
    '.FyYyYyYxxYyYyf.',
    'fFyYYxYxxxYyYFf.',
    'fFyYxxxxxxYYyFf.',
    'ffFyYYxxxYYyFFf.',
    '.fFFyyYYYyyFFf..',
    '.wfFFFyyyFFFfw..',
    '..wwfFFFFFffw...',
    '...uwwffffwwu...',
    '................',
  ],
  flame2: [
    '................',
    '.....f......f...',
    '....fF.....fF...',
    '....FF..f..Fy...',
    '.f..FyF.Ff.FyF..',
    '.Ff.FyYfFyfyYF..',
    '.FFfyYYyFyFyYFf.',
    'fFyFyYxYyYyYyyF.',
    'fFyyYxxxYYxYyFf.',
    'fFyYYxxxxxxYyFf.',
    'ffFyYYxxxYYyFFf.',
    '.fFFyyYYYyyFFf..',
    '.wfFFFyyyFFFfw..',
    '..wwfFFFFFffw...',
    '...uwwffffwwu...',
    '................',
  ],
  flame3: [
    '.........f......',
    '..f.....fF......',
    '..Ff....FF..f...',
    '..FFf..fFy..Ff..',
    '.fFyF..FyYf.FF..',
    '.FyYFffyYYFfyF..',
    '.FyYyFyYxYyFyFf.',
    'fFyYyYYxxYyYyyF.',
    'fFyYYYxxxYYYyFf.',
    'fFyYYxxxxxYYyFf.',
    'ffFyYYxxxYYyFFf.',
    '.fFFyyYYYyyFFf..',
    '.wfFFFyyyFFFfw..',
    '..wwfFFFFFffw...',
    '...uwwffffwwu...',
    '................',
  ],
  // A burnt-out cell: soot and embers, stamped on the floor for good.
  char0: [
    '..z.zz....z.....',
    '.zznNzz..zz..z..',
    'zznkknz.znnz.zz.',
    '.znkkkNznkknzNz.',
    '.zNkwkkNkkfknnz.',
    'zznkkkkkkkkNkz..',
    '.znkkfkkwkkkkNz.',
    '..zNkkkkkkkfknz.',
    '.zznkkwkkkkkkz..',
    'zzNkkkkkfkkwNzz.',
    '.znkkkkkkkkkknz.',
    '.zNnkkwkkkkNnz..',
    '..zznkkkkNnzz...',
    '...z.zNnnzz.z...',
    '.....z.zz.......',
    '................',
  ],
  // A throwing knife, point east: dark grip, steel blade with a bright edge.
  knife: ['kkqmmMMx.', 'nkqmMMMMx', 'kkqmmMMx.'],
  // The same half sunk into a wall (only the grip and a bit of blade show).
  knife_stuck: ['kknqm', 'nkqmM', 'kknqm'],
  // The wind-up tell: a star-shaped glint on the raised blade.
  tell0: [
    '....Y....',
    '....Y....',
    '...yYy...',
    '.y.YxY.y.',
    'YYYxxxYYY',
    '.y.YxY.y.',
    '...yYy...',
    '....Y....',
    '....Y....',
  ],
  tell1: ['..Y..', '.yxy.', 'YxxxY', '.yxy.', '..Y..'],
  // A spark of fire for scorched clothes and thrown embers.
  ember0: ['.F.', 'FyF', '.F.'],
  ember1: ['f.', '.F'],
};

export function hazardSprites(): Map<string, PixelImage> {
  const out = new Map<string, PixelImage>();
  for (const [name, rows] of Object.entries(DRAWN)) out.set(name, parseSprite(name, rows));
  return out;
}
