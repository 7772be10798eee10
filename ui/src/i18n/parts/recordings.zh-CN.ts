// recordings: Simplified Chinese messages (owned by the recordings feature).
const recordingsZhCN = {}

export default recordingsZhCN
