/**
 * Lays highlighted ranges over an article's kept paragraphs. Offsets are into the raw text;
 * paragraphs are raw ranges (`articles.blocks`), so no offset has to be translated, and a
 * range that falls in removed chrome simply shows up as not displayed.
 */
export interface Mark {
	/** Anchor id of the first highlighted piece, so other pages can link to `#key`. */
	key: string;
	start: number;
	end: number;
	kind: 'commitment' | 'trade';
	href: string;
	label: string;
}

export interface Piece {
	text: string;
	/** Kinds of the marks covering this piece (empty: plain text). */
	kinds: Mark['kind'][];
	/** Anchors that begin here. */
	anchors: string[];
	/** Marks whose link goes right after this piece (they end here). */
	tagsAfter: number[];
}

export interface Highlighted {
	paragraphs: Piece[][];
	marks: Mark[];
	/** Indexes of marks that lie wholly outside the displayed paragraphs. */
	hidden: number[];
}

export function highlightBlocks(
	raw: string,
	blocks: { start: number; end: number }[],
	marks: Mark[]
): Highlighted {
	const anchored = new Set<number>();
	const lastPiece = new Map<number, Piece>();
	const paragraphs = blocks.map((block) => {
		const inside = marks
			.map((mk, i) => ({ mk, i }))
			.filter(({ mk }) => mk.start < block.end && mk.end > block.start);
		const cuts = new Set([block.start, block.end]);
		for (const { mk } of inside) {
			cuts.add(Math.max(block.start, mk.start));
			cuts.add(Math.min(block.end, mk.end));
		}
		const points = [...cuts].sort((a, b) => a - b);
		const pieces: Piece[] = [];
		for (let p = 0; p + 1 < points.length; p++) {
			const [from, to] = [points[p]!, points[p + 1]!];
			const covering = inside.filter(({ mk }) => mk.start <= from && mk.end >= to);
			const piece: Piece = { text: raw.slice(from, to), kinds: [], anchors: [], tagsAfter: [] };
			for (const { mk, i } of covering) {
				if (!piece.kinds.includes(mk.kind)) piece.kinds.push(mk.kind);
				if (!anchored.has(i)) {
					anchored.add(i);
					piece.anchors.push(mk.key);
				}
				lastPiece.set(i, piece);
			}
			pieces.push(piece);
		}
		return pieces;
	});
	for (const [i, piece] of lastPiece) piece.tagsAfter.push(i);
	const hidden = marks.map((_, i) => i).filter((i) => !anchored.has(i));
	return { paragraphs, marks, hidden };
}
