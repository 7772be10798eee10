// signoff: Simplified Chinese messages (owned by the signoff feature).
const signoffZhCN = {}

export default signoffZhCN
