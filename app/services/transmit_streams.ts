/**
 * Who opened each Transmit stream (its uid) and how many streams each IP
 * holds open, on this instance (a subscription must reach the instance
 * holding the stream anyway). start/transmit.ts guards the routes with it.
 */
const owners = new Map<string, string>()
const openByIp = new Map<string, number>()

export const MAX_STREAMS_PER_IP = 20

export const transmitStreams = {
  ownerOf(uid: string) {
    return owners.get(uid)
  },

  /**
   * Counts a new stream; false when the IP already holds the most allowed
   */
  open(uid: string, owner: string, ip: string) {
    const open = openByIp.get(ip) ?? 0
    if (open >= MAX_STREAMS_PER_IP) return false
    openByIp.set(ip, open + 1)
    owners.set(uid, owner)
    return true
  },

  close(uid: string, ip: string) {
    // a stream counted once is released once (and not after a reset)
    if (!owners.delete(uid)) return
    const open = (openByIp.get(ip) ?? 1) - 1
    if (open > 0) openByIp.set(ip, open)
    else openByIp.delete(ip)
  },

  reset() {
    owners.clear()
    openByIp.clear()
  },
}
