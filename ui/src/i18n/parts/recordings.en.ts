// recordings: English messages; exactly the keys of recordings.zh-CN.ts.
import type zh from './recordings.zh-CN'

const recordingsEn: typeof zh = {}

export default recordingsEn
