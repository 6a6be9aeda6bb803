import { DateTime } from 'luxon'
import ClubSetting from '#models/club_setting'
import News from '#models/news'
import Achievement from '#models/achievement'
import Member from '#models/member'
import User from '#models/user'

/**
 * The demo club's identity, two published news items, one scheduled, and
 * achievements of a member and of the club (safe to run again). No photos:
 * those come from uploads.
 */
export async function seedDemoSite() {
  if (!(await ClubSetting.query().first())) {
    await ClubSetting.create({
      name: 'Klub Panahan Garuda',
      description: 'Klub panahan untuk anak dan dewasa di Jakarta Selatan.',
      address: 'Jl. Lapangan Panahan No. 7, Jakarta Selatan',
      waNumber: '+62 812 3456 7890',
      email: 'halo@garuda-archery.test',
      openingHours: 'Selasa–Jumat 15.00–20.00\nSabtu–Minggu 07.00–12.00',
      instagramUrl: 'https://instagram.com/garuda.archery',
    })
  }

  const admin = await User.findBy('email', 'admin@latih.test')
  const now = DateTime.now()
  const items = [
    {
      slug: 'pendaftaran-kelas-pemula-dibuka',
      title: 'Pendaftaran kelas pemula dibuka',
      body: 'Kelas **pemula** untuk usia 8 tahun ke atas dibuka lagi bulan ini.\n\n- Busur dan anak panah disediakan\n- Latihan dua kali seminggu\n\nDaftar lewat formulir di beranda.',
      publishAt: now.minus({ days: 3 }),
    },
    {
      slug: 'juara-umum-kejurda-2026',
      title: 'Juara umum Kejurda 2026',
      body: 'Tim Garuda membawa pulang **5 emas** dari Kejuaraan Daerah. Terima kasih kepada pelatih dan orang tua!',
      publishAt: now.minus({ days: 1 }),
    },
    {
      slug: 'latihan-bersama-akhir-tahun',
      title: 'Latihan bersama akhir tahun',
      body: 'Jadwal latihan bersama akan diumumkan.',
      publishAt: now.plus({ days: 7 }),
    },
  ]
  for (const item of items) {
    await News.firstOrCreate({ slug: item.slug }, { ...item, authorId: admin?.id ?? null })
  }

  const rara = await Member.findBy('name', 'Rara Santoso')
  if (rara) {
    await Achievement.firstOrCreate(
      { title: 'Juara 1 Recurve U-12, Kejurda DKI' },
      {
        type: 'member',
        memberId: rara.id,
        description: 'Rara meraih emas di nomor recurve putri U-12.',
        achievedOn: now.minus({ days: 10 }),
      }
    )
  }
  await Achievement.firstOrCreate(
    { title: 'Juara umum Kejurda 2026' },
    {
      type: 'club',
      description: 'Klub meraih 5 emas, 3 perak, dan 2 perunggu.',
      achievedOn: now.minus({ days: 2 }),
    }
  )
}
