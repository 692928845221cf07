// cytoscape-fcose ships no types: it is a Cytoscape.js extension, registered with cytoscape.use().
declare module 'cytoscape-fcose' {
  const ext: cytoscape.Ext
  export default ext
}
