export default { name: 'broken', sniff: () => 1 }
