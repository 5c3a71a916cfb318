-- Vietnam's public holidays and the government's swaps for civil servants, 2024 to 2026.
-- Only exceptional days are stored (see docs/reference-data-calendar.md); administrators keep the
-- table in the calendar page and must check each year against the government's notice.
create temporary table seed_day (day date, kind varchar(30), name_vi varchar(255), name_en varchar(255), basis varchar(60));

insert into seed_day values
-- 2024
('2024-01-01', 'PUBLIC_HOLIDAY', 'Tết Dương lịch', 'New Year''s Day', '45/2019/QH14'),
('2024-02-08', 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Giáp Thìn (29 tháng Chạp)', 'Lunar New Year (29th of the 12th lunar month)', '5015/TB-LĐTBXH'),
('2024-02-09', 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Giáp Thìn (30 tháng Chạp)', 'Lunar New Year (30th of the 12th lunar month)', '5015/TB-LĐTBXH'),
('2024-02-12', 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Giáp Thìn (mùng 3)', 'Lunar New Year (3rd day)', '5015/TB-LĐTBXH'),
('2024-02-13', 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Giáp Thìn (mùng 4)', 'Lunar New Year (4th day)', '5015/TB-LĐTBXH'),
('2024-02-14', 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Giáp Thìn (mùng 5)', 'Lunar New Year (5th day)', '5015/TB-LĐTBXH'),
('2024-04-18', 'PUBLIC_HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings'' Commemoration Day (10th of the 3rd lunar month)', '45/2019/QH14'),
('2024-04-29', 'SUBSTITUTE_DAY_OFF', 'Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 04/05/2024)', 'Day off swapped for the 30 April – 1 May holiday (worked on Saturday 4 May 2024)', null),
('2024-04-30', 'PUBLIC_HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)', '45/2019/QH14'),
('2024-05-01', 'PUBLIC_HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'International Labour Day (1 May)', '45/2019/QH14'),
('2024-05-04', 'SUBSTITUTE_WORKING_DAY', 'Làm bù cho ngày nghỉ thứ Hai 29/04/2024', 'Worked in exchange for Monday 29 April 2024', null),
('2024-09-02', 'PUBLIC_HOLIDAY', 'Quốc khánh (2/9)', 'National Day (2 September)', '5015/TB-LĐTBXH'),
('2024-09-03', 'PUBLIC_HOLIDAY', 'Nghỉ lễ Quốc khánh (ngày liền kề)', 'National Day holiday (adjacent day)', '5015/TB-LĐTBXH'),
-- 2025
('2025-01-01', 'PUBLIC_HOLIDAY', 'Tết Dương lịch', 'New Year''s Day', '45/2019/QH14'),
('2025-01-27', 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', 'Lunar New Year (28th of the 12th lunar month)', '6150/TB-BLĐTBXH'),
('2025-01-28', 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp)', 'Lunar New Year (29th of the 12th lunar month)', '6150/TB-BLĐTBXH'),
('2025-01-29', 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 1)', 'Lunar New Year (1st day)', '6150/TB-BLĐTBXH'),
('2025-01-30', 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 2)', 'Lunar New Year (2nd day)', '6150/TB-BLĐTBXH'),
('2025-01-31', 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 3)', 'Lunar New Year (3rd day)', '6150/TB-BLĐTBXH'),
('2025-04-07', 'PUBLIC_HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings'' Commemoration Day (10th of the 3rd lunar month)', '45/2019/QH14'),
('2025-04-26', 'SUBSTITUTE_WORKING_DAY', 'Làm bù cho ngày nghỉ thứ Sáu 02/05/2025', 'Worked in exchange for Friday 2 May 2025', '6150/TB-BLĐTBXH'),
('2025-04-30', 'PUBLIC_HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)', '45/2019/QH14'),
('2025-05-01', 'PUBLIC_HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'International Labour Day (1 May)', '45/2019/QH14'),
('2025-05-02', 'SUBSTITUTE_DAY_OFF', 'Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 26/04/2025)', 'Day off swapped for the 30 April – 1 May holiday (worked on Saturday 26 April 2025)', '6150/TB-BLĐTBXH'),
('2025-09-01', 'PUBLIC_HOLIDAY', 'Nghỉ lễ Quốc khánh (ngày liền kề)', 'National Day holiday (adjacent day)', '45/2019/QH14'),
('2025-09-02', 'PUBLIC_HOLIDAY', 'Quốc khánh (2/9)', 'National Day (2 September)', '45/2019/QH14'),
-- 2026
('2026-01-01', 'PUBLIC_HOLIDAY', 'Tết Dương lịch', 'New Year''s Day', '45/2019/QH14'),
('2026-01-02', 'SUBSTITUTE_DAY_OFF', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)', 'Day off swapped for the New Year holiday (worked on Saturday 10 January 2026)', '12729/VPCP-KGVX'),
('2026-01-10', 'SUBSTITUTE_WORKING_DAY', 'Làm bù cho ngày nghỉ thứ Sáu 02/01/2026', 'Worked in exchange for Friday 2 January 2026', '12729/VPCP-KGVX'),
('2026-02-16', 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp)', 'Lunar New Year (29th of the 12th lunar month)', '9441/TB-BNV'),
('2026-02-17', 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 1)', 'Lunar New Year (1st day)', '9441/TB-BNV'),
('2026-02-18', 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 2)', 'Lunar New Year (2nd day)', '9441/TB-BNV'),
('2026-02-19', 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 3)', 'Lunar New Year (3rd day)', '9441/TB-BNV'),
('2026-02-20', 'PUBLIC_HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 4)', 'Lunar New Year (4th day)', '9441/TB-BNV'),
('2026-04-27', 'PUBLIC_HOLIDAY', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/04)', 'Hùng Kings'' Commemoration Day, moved from Sunday 26 April', '45/2019/QH14'),
('2026-04-30', 'PUBLIC_HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)', '45/2019/QH14'),
('2026-05-01', 'PUBLIC_HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'International Labour Day (1 May)', '45/2019/QH14'),
('2026-08-22', 'SUBSTITUTE_WORKING_DAY', 'Làm bù cho ngày nghỉ thứ Hai 31/08/2026', 'Worked in exchange for Monday 31 August 2026', '9441/TB-BNV'),
('2026-08-31', 'SUBSTITUTE_DAY_OFF', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)', 'Day off swapped for the National Day holiday (worked on Saturday 22 August 2026)', '9441/TB-BNV'),
('2026-09-01', 'PUBLIC_HOLIDAY', 'Nghỉ lễ Quốc khánh (ngày liền kề)', 'National Day holiday (adjacent day)', '9441/TB-BNV'),
('2026-09-02', 'PUBLIC_HOLIDAY', 'Quốc khánh (2/9)', 'National Day (2 September)', '9441/TB-BNV');

insert into legal.calendar_day (day, kind, name_vi, name_en, legal_basis_id)
select s.day, s.kind, s.name_vi, s.name_en, b.id
  from seed_day s
  left join legal.legal_basis b on b.number = s.basis;

drop table seed_day;
