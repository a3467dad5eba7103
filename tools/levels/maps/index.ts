// Every map built from source, in level order (levels/index.json lists them for the game).
import type { MapSource } from '../map-source';
import { church } from './church';
import { ranch } from './ranch';
import { rooftops } from './rooftops';
import { street } from './street';

export const MAP_SOURCES: readonly MapSource[] = [church, rooftops, street, ranch];
