/** Shapes the explorable's build-time data takes on its way to the island. */

/** A published figure beside the model's answer, with its source resolved to a label and an address. */
export interface ReferencePoint {
  label: string;
  value: number;
  /** The source gives a lower bound. */
  atLeast: boolean;
  /** The attack the figure was sized for. */
  sizedFor: string;
  text: string;
  sourceLabel: string;
  href: string | null;
}
