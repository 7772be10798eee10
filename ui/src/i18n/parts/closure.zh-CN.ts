// closure: Simplified Chinese messages (owned by the closure feature).
const closureZhCN = {}

export default closureZhCN
