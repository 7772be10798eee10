// signoff: English messages; exactly the keys of signoff.zh-CN.ts.
import type zh from './signoff.zh-CN'

const signoffEn: typeof zh = {}

export default signoffEn
