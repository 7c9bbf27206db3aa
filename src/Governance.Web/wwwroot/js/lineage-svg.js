/**
 * Writes a cytoscape graph as a standalone SVG document from the rendered positions and computed
 * styles: compound and plain nodes as shapes with their labels, edges as paths with arrowheads.
 * Our own writer (rather than a plugin) keeps the portal's browser dependencies under permissive
 * licences, and the output is plain SVG that opens in any editor.
 */
const PADDING = 24;

export function graphToSvg(cy) {
  const box = cy.elements().boundingBox({ includeLabels: true });
  const width = Math.ceil(box.w + 2 * PADDING);
  const height = Math.ceil(box.h + 2 * PADDING);
  const dx = PADDING - box.x1;
  const dy = PADDING - box.y1;
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    '<defs>' + arrowMarkers(cy) + '</defs>',
  ];
  // Parents first so their children are drawn on top; edges above nodes as cytoscape does by default.
  const nodes = cy.nodes().sort((a, b) => depth(a) - depth(b));
  nodes.forEach(node => parts.push(nodeSvg(node, dx, dy)));
  cy.edges().forEach(edge => parts.push(edgeSvg(edge, dx, dy)));
  parts.push('</svg>');
  return parts.join('\n');
}

function depth(node) {
  return node.ancestors().length;
}

function nodeSvg(node, dx, dy) {
  const { x, y } = node.position();
  const w = node.outerWidth();
  const h = node.outerHeight();
  const fill = node.style('background-color');
  const opacity = Number(node.style('background-opacity') ?? 1) * Number(node.style('opacity') ?? 1);
  const stroke = node.style('border-color');
  const strokeWidth = parseFloat(node.style('border-width')) || 0;
  const cx = x + dx;
  const cy = y + dy;
  const shape = node.isParent() ? 'round-rectangle' : node.style('shape');
  const common = `fill="${fill}" fill-opacity="${opacity}" stroke="${stroke}" stroke-width="${strokeWidth}"`;
  const body = shape === 'ellipse'
    ? `<ellipse cx="${cx}" cy="${cy}" rx="${w / 2}" ry="${h / 2}" ${common}/>`
    : `<rect x="${cx - w / 2}" y="${cy - h / 2}" width="${w}" height="${h}" rx="${shape.startsWith('round') ? 6 : 0}" ${common}/>`;
  return `<g class="${escapeXml(node.classes().join(' '))}" data-id="${escapeXml(node.id())}">${body}${labelSvg(node, cx, cy, h)}</g>`;
}

function labelSvg(node, cx, cy, h) {
  const label = node.style('label');
  if (!label) {
    return '';
  }
  const size = parseFloat(node.style('font-size')) || 12;
  const color = node.style('color');
  const valign = node.style('text-valign');
  const y = valign === 'top' ? cy - h / 2 - 4 : valign === 'bottom' ? cy + h / 2 + size : cy + size / 3;
  const lines = String(label).split('\n');
  const tspans = lines.map((line, i) => `<tspan x="${cx}" dy="${i === 0 ? 0 : size * 1.2}">${escapeXml(line)}</tspan>`).join('');
  return `<text x="${cx}" y="${y}" font-size="${size}" fill="${color}" text-anchor="middle">${tspans}</text>`;
}

function edgeSvg(edge, dx, dy) {
  const source = edge.sourceEndpoint();
  const target = edge.targetEndpoint();
  const via = (edge.controlPoints() ?? edge.segmentPoints() ?? []).map(p => `${p.x + dx},${p.y + dy}`);
  const points = [`${source.x + dx},${source.y + dy}`, ...via, `${target.x + dx},${target.y + dy}`];
  const color = edge.style('line-color');
  const width = parseFloat(edge.style('width')) || 1;
  const style = edge.style('line-style');
  const dash = style === 'dashed' ? ' stroke-dasharray="6 4"' : style === 'dotted' ? ' stroke-dasharray="2 3"' : '';
  const opacity = Number(edge.style('opacity') ?? 1);
  return `<polyline class="${escapeXml(edge.classes().join(' '))}" points="${points.join(' ')}" fill="none" stroke="${color}"` +
    ` stroke-width="${width}" stroke-opacity="${opacity}"${dash} marker-end="url(#${markerId(color)})"/>`;
}

function arrowMarkers(cy) {
  const colors = new Set(cy.edges().map(e => e.style('line-color')));
  return [...colors].map(color =>
    `<marker id="${markerId(color)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">` +
    `<path d="M 0 0 L 10 5 L 0 10 z" fill="${color}"/></marker>`).join('');
}

function markerId(color) {
  return 'arrow-' + String(color).replace(/[^a-zA-Z0-9]/g, '');
}

function escapeXml(text) {
  return String(text).replace(/[<>&'"]/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]);
}
