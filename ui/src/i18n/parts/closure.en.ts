// closure: English messages; exactly the keys of closure.zh-CN.ts.
import type zh from './closure.zh-CN'

const closureEn: typeof zh = {}

export default closureEn
