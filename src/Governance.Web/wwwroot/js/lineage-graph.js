// The lineage explorer's drawing: cytoscape.js with a left-to-right dagre layout. One instance per
// host element; LineageGraph.razor is the only caller. The host element carries data-node-count and
// data-edge-count (kept in sync here) so that pages and tests can tell what is drawn.
// In column mode, fields are drawn inside their dataset (cytoscape compound nodes: data.parent).
import cytoscape from '../lib/cytoscape/cytoscape.esm.min.mjs';
import cytoscapeDagre from '../lib/cytoscape-dagre/cytoscape-dagre.min.mjs';

cytoscape.use(cytoscapeDagre);

const instances = new WeakMap();

// Above this many nodes, panning and zooming draw a cached texture and skip edges: smooth at 500+.
const LARGE_GRAPH = 300;

// Later rules win: the PII highlighting comes last so that it shows on any kind of node or edge.
const style = [
  { selector: 'node', style: {
    'label': 'data(label)', 'font-size': 11, 'color': '#263238', 'text-wrap': 'wrap', 'text-max-width': 170,
    'text-valign': 'center', 'text-halign': 'center', 'width': 180, 'height': 42, 'border-width': 1, 'line-height': 1.3 } },
  { selector: 'node.dataset', style: { 'shape': 'round-rectangle', 'background-color': '#e3f2fd', 'border-color': '#1976d2' } },
  { selector: 'node.job', style: { 'shape': 'cut-rectangle', 'background-color': '#fff3e0', 'border-color': '#ef6c00' } },
  { selector: 'node.field', style: {
    'shape': 'round-rectangle', 'width': 150, 'height': 34, 'font-size': 10, 'background-color': '#ffffff', 'border-color': '#607d8b' } },
  // A dataset drawn around its fields (column mode): the name above, the fields inside.
  { selector: 'node:parent', style: {
    'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -4, 'font-weight': 'bold', 'padding': 14,
    'background-color': '#e3f2fd', 'background-opacity': 0.45, 'border-color': '#1976d2', 'shape': 'round-rectangle' } },
  { selector: 'node.root', style: { 'border-width': 3, 'font-weight': 'bold' } },
  { selector: 'node.collapsed', style: { 'border-style': 'double', 'border-width': 4 } },
  { selector: 'node:selected', style: { 'overlay-color': '#1976d2', 'overlay-opacity': 0.15 } },
  { selector: 'edge', style: {
    'width': 1.5, 'line-color': '#90a4ae', 'target-arrow-color': '#90a4ae', 'target-arrow-shape': 'triangle',
    'curve-style': 'bezier', 'arrow-scale': 0.9 } },
  { selector: 'edge.indirect', style: { 'line-style': 'dotted', 'width': 2 } },
  { selector: 'edge.masked', style: { 'target-arrow-shape': 'tee' } },
  { selector: 'edge.cross-cluster', style: {
    'line-style': 'dashed', 'line-dash-pattern': [7, 4], 'width': 2.5, 'line-color': '#8e24aa', 'target-arrow-color': '#8e24aa' } },
  // The transformation of a field edge, while the pointer rests on it.
  { selector: 'edge.hover[transformation]', style: {
    'label': 'data(transformation)', 'font-size': 10, 'color': '#263238', 'text-rotation': 'autorotate',
    'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 2 } },
  { selector: 'node.pii', style: { 'background-color': '#ffebee', 'border-color': '#c62828', 'border-width': 3 } },
  { selector: 'node.pii-path', style: { 'border-color': '#c62828', 'border-width': 2.5 } },
  { selector: 'edge.pii-path', style: { 'line-color': '#c62828', 'target-arrow-color': '#c62828', 'width': 3 } },
  { selector: '.dimmed', style: { 'opacity': 0.25 } },
];

const layoutOptions = { name: 'dagre', rankDir: 'LR', nodeSep: 18, rankSep: 70, edgeSep: 8, animate: false, fit: true, padding: 24 };

// dagre sizes a compound node by its children only; the dataset's name above it needs the extra room.
const compoundLayoutOptions = { ...layoutOptions, nodeSep: 56, rankSep: 90 };

function layoutFor(cy) {
  return cy.nodes(':parent').empty() ? layoutOptions : compoundLayoutOptions;
}

/** Draws a graph into element. elements: [{ group, data: { id, label, source?, target? }, classes }]. */
export function render(element, elements, options) {
  dispose(element);
  const large = elements.length > LARGE_GRAPH;
  const cy = cytoscape({
    container: element,
    elements,
    style,
    minZoom: 0.05,
    maxZoom: 3,
    wheelSensitivity: 0.3,
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    motionBlur: false,
  });
  cy.layout(layoutFor(cy)).run();
  const state = { cy, dotNet: options?.dotNet ?? null };
  cy.on('tap', 'node', event => state.dotNet?.invokeMethodAsync('NodeClicked', event.target.id()));
  cy.on('mouseover', 'edge', event => event.target.addClass('hover'));
  cy.on('mouseout', 'edge', event => event.target.removeClass('hover'));
  instances.set(element, state);
  // A test hook: browser tests read classes and counts from the live graph.
  element.lineageGraph = cy;
  syncCounts(element, cy);
}

/**
 * Replaces the drawn elements with a new set: only the differences are removed and added, in one
 * batch, and the layout runs again only when the set of elements changed.
 */
export function update(element, elements, options) {
  const state = instances.get(element);
  if (!state) {
    render(element, elements, options);
    return;
  }

  const { cy } = state;
  if (options?.dotNet) {
    state.dotNet = options.dotNet;
  }

  const wanted = new Map(elements.map(e => [e.data.id, e]));
  let changed = false;
  cy.batch(() => {
    const stale = cy.elements().filter(e => !wanted.has(e.id()));
    changed = stale.length > 0;
    cy.remove(stale);
    const added = [];
    for (const [id, e] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.empty()) {
        added.push(e);
      } else {
        existing.classes(e.classes ?? '');
        existing.data('label', e.data.label);
      }
    }
    if (added.length > 0) {
      changed = true;
      // Nodes before edges: an edge needs both ends present.
      cy.add(added.filter(e => e.group === 'nodes'));
      cy.add(added.filter(e => e.group === 'edges'));
    }
  });
  if (changed) {
    cy.layout(layoutFor(cy)).run();
  }
  syncCounts(element, cy);
}

// Exports are saved straight from the browser: a large graph would not fit in one message back to
// the server (SignalR's default limit is 32 KB).

/** Downloads the drawn graph as JSON: nodes and edges with their data, classes and positions. */
export function exportJson(element, fileName) {
  const cy = instances.get(element)?.cy;
  if (!cy) {
    return;
  }
  const nodes = cy.nodes().map(n => ({ ...n.data(), classes: n.classes(), position: n.position() }));
  const edges = cy.edges().map(e => ({ ...e.data(), classes: e.classes() }));
  download(fileName, new Blob([JSON.stringify({ nodes, edges }, null, 2)], { type: 'application/json' }));
}

let svgExtension = null;

/**
 * cytoscape-svg is a UMD bundle: imported as a module it defines window.cytoscapeSvg, the function
 * that registers cy.svg(). Loaded on the first SVG export only.
 */
function loadSvgExtension() {
  svgExtension ??= import('../lib/cytoscape-svg/cytoscape-svg.js').then(() => cytoscape.use(window.cytoscapeSvg));
  return svgExtension;
}

/** Downloads the whole graph (not just the viewport) as an SVG on a white background. */
export async function exportSvg(element, fileName) {
  const cy = instances.get(element)?.cy;
  if (!cy) {
    return;
  }
  await loadSvgExtension();
  download(fileName, new Blob([cy.svg({ full: true, scale: 1, bg: '#ffffff' })], { type: 'image/svg+xml' }));
}

/** Downloads the whole graph (not just the viewport) as a PNG on a white background. */
export function exportPng(element, fileName) {
  const cy = instances.get(element)?.cy;
  if (cy) {
    download(fileName, cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }));
  }
}

function download(fileName, blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function fit(element) {
  instances.get(element)?.cy.fit(undefined, 24);
}

export function dispose(element) {
  const state = instances.get(element);
  if (state) {
    state.cy.destroy();
    instances.delete(element);
    delete element.lineageGraph;
  }
}

function syncCounts(element, cy) {
  element.dataset.nodeCount = String(cy.nodes().length);
  element.dataset.fieldCount = String(cy.nodes('.field').length);
  element.dataset.edgeCount = String(cy.edges().length);
}
