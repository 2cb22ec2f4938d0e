/**
 * The marker shapes the pictures use instead of colour: each state has a shape of its own, so a
 * black-and-white print still tells them apart. Drawn on a 16 × 16 box centred on (8, 8).
 */

/** A marker's shape. */
export type MarkerShape = 'disc' | 'ring' | 'cross' | 'diamond' | 'half' | 'triangle' | 'dash';

/** One part of a marker: an outline drawn with the text colour, or an area filled with it. */
export interface MarkerPart {
  /** SVG path data in the 16 × 16 box. */
  d: string;
  /** `fill`: a solid area; `stroke`: a line (closed outlines are filled with the page background). */
  paint: 'fill' | 'stroke';
}

const circle = 'M2,8a6,6 0 1,0 12,0a6,6 0 1,0 -12,0Z';

const shapes: Record<MarkerShape, MarkerPart[]> = {
  disc: [{ d: circle, paint: 'fill' }],
  ring: [{ d: circle, paint: 'stroke' }],
  cross: [{ d: 'M3,3L13,13M13,3L3,13', paint: 'stroke' }],
  diamond: [{ d: 'M8,1.5L14.5,8L8,14.5L1.5,8Z', paint: 'stroke' }],
  // An outline with its left half filled: "partly".
  half: [
    { d: circle, paint: 'stroke' },
    { d: 'M8,2a6,6 0 0,0 0,12Z', paint: 'fill' },
  ],
  // A warning triangle with an exclamation mark.
  triangle: [
    { d: 'M8,1.5L14.8,14H1.2Z', paint: 'stroke' },
    { d: 'M8,5.5V10M8,11.5V12.5', paint: 'stroke' },
  ],
  dash: [{ d: 'M2.5,8H13.5', paint: 'stroke' }],
};

/** The parts that draw a shape, in painting order. */
export function markerParts(shape: MarkerShape): MarkerPart[] {
  return shapes[shape];
}
