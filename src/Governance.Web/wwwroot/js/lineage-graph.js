// The lineage explorer's drawing: cytoscape.js with a left-to-right dagre layout. One instance per
// host element; LineageGraph.razor is the only caller. The host element carries data-node-count and
// data-edge-count (kept in sync here) so that pages and tests can tell what is drawn.
import cytoscape from '../lib/cytoscape/cytoscape.esm.min.mjs';
import cytoscapeDagre from '../lib/cytoscape-dagre/cytoscape-dagre.min.mjs';

cytoscape.use(cytoscapeDagre);

const instances = new WeakMap();

// Above this many nodes, panning and zooming draw a cached texture and skip edges: smooth at 500+.
const LARGE_GRAPH = 300;

const style = [
  { selector: 'node', style: {
    'label': 'data(label)', 'font-size': 11, 'color': '#263238', 'text-wrap': 'wrap', 'text-max-width': 170,
    'text-valign': 'center', 'text-halign': 'center', 'width': 180, 'height': 42, 'border-width': 1, 'line-height': 1.3 } },
  { selector: 'node.dataset', style: { 'shape': 'round-rectangle', 'background-color': '#e3f2fd', 'border-color': '#1976d2' } },
  { selector: 'node.job', style: { 'shape': 'cut-rectangle', 'background-color': '#fff3e0', 'border-color': '#ef6c00' } },
  { selector: 'node.root', style: { 'border-width': 3, 'font-weight': 'bold' } },
  { selector: 'node.collapsed', style: { 'border-style': 'double', 'border-width': 4 } },
  { selector: 'node:selected', style: { 'overlay-color': '#1976d2', 'overlay-opacity': 0.15 } },
  { selector: 'edge', style: {
    'width': 1.5, 'line-color': '#90a4ae', 'target-arrow-color': '#90a4ae', 'target-arrow-shape': 'triangle',
    'curve-style': 'bezier', 'arrow-scale': 0.9 } },
  { selector: 'edge.cross-cluster', style: {
    'line-style': 'dashed', 'line-dash-pattern': [7, 4], 'width': 2.5, 'line-color': '#8e24aa', 'target-arrow-color': '#8e24aa' } },
];

const layoutOptions = { name: 'dagre', rankDir: 'LR', nodeSep: 18, rankSep: 70, edgeSep: 8, animate: false, fit: true, padding: 24 };

/** Draws a graph into element. elements: [{ group, data: { id, label, source?, target? }, classes }]. */
export function render(element, elements, options) {
  dispose(element);
  const large = elements.length > LARGE_GRAPH;
  const cy = cytoscape({
    container: element,
    elements,
    style,
    layout: layoutOptions,
    minZoom: 0.05,
    maxZoom: 3,
    wheelSensitivity: 0.3,
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    motionBlur: false,
  });
  const state = { cy, dotNet: options?.dotNet ?? null };
  cy.on('tap', 'node', event => state.dotNet?.invokeMethodAsync('NodeClicked', event.target.id()));
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
    cy.layout(layoutOptions).run();
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
  element.dataset.edgeCount = String(cy.edges().length);
}
