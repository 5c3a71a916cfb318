-- Reference data: the ministry and some of its units, the 34 provincial units in force since
-- 1 July 2025 (National Assembly Resolution 202/2025/QH15) and the 63 provinces before them, each
-- pointing to the unit it merged into. Codes are the General Statistics Office province codes; the
-- new units keep the code of their surviving or centre unit (see docs/reference-data.md).
insert into organisation.org_unit (type, code, name_vi, name_en) values
  ('MINISTRY', 'BNG', 'Bộ Ngoại giao', 'Ministry of Foreign Affairs');
insert into organisation.org_unit (type, code, name_vi, name_en, parent_id)
select t.type, t.code, t.name_vi, t.name_en, m.id from organisation.org_unit m, (values
  ('MINISTRY_UNIT', 'BNG-NVNGVH', 'Cục Ngoại vụ và Ngoại giao văn hóa', 'Department of External Affairs and Cultural Diplomacy'),
  ('MINISTRY_UNIT', 'BNG-LS', 'Cục Lãnh sự', 'Consular Department'),
  ('MINISTRY_UNIT', 'BNG-LPDU', 'Vụ Luật pháp và Điều ước quốc tế', 'Department of International Law and Treaties'),
  ('MINISTRY_UNIT', 'BNG-VP', 'Văn phòng Bộ', 'Ministry Office')
) as t(type, code, name_vi, name_en) where m.code = 'BNG';

insert into organisation.org_unit (type, code, name_vi, name_en, central_city, valid_from) values
  ('PROVINCE', '01', 'Hà Nội', 'Ha Noi', true, date '2025-07-01'),
  ('PROVINCE', '04', 'Cao Bằng', 'Cao Bang', false, date '2025-07-01'),
  ('PROVINCE', '08', 'Tuyên Quang', 'Tuyen Quang', false, date '2025-07-01'),
  ('PROVINCE', '11', 'Điện Biên', 'Dien Bien', false, date '2025-07-01'),
  ('PROVINCE', '12', 'Lai Châu', 'Lai Chau', false, date '2025-07-01'),
  ('PROVINCE', '14', 'Sơn La', 'Son La', false, date '2025-07-01'),
  ('PROVINCE', '15', 'Lào Cai', 'Lao Cai', false, date '2025-07-01'),
  ('PROVINCE', '19', 'Thái Nguyên', 'Thai Nguyen', false, date '2025-07-01'),
  ('PROVINCE', '20', 'Lạng Sơn', 'Lang Son', false, date '2025-07-01'),
  ('PROVINCE', '22', 'Quảng Ninh', 'Quang Ninh', false, date '2025-07-01'),
  ('PROVINCE', '24', 'Bắc Ninh', 'Bac Ninh', false, date '2025-07-01'),
  ('PROVINCE', '25', 'Phú Thọ', 'Phu Tho', false, date '2025-07-01'),
  ('PROVINCE', '31', 'Hải Phòng', 'Hai Phong', true, date '2025-07-01'),
  ('PROVINCE', '33', 'Hưng Yên', 'Hung Yen', false, date '2025-07-01'),
  ('PROVINCE', '37', 'Ninh Bình', 'Ninh Binh', false, date '2025-07-01'),
  ('PROVINCE', '38', 'Thanh Hóa', 'Thanh Hoa', false, date '2025-07-01'),
  ('PROVINCE', '40', 'Nghệ An', 'Nghe An', false, date '2025-07-01'),
  ('PROVINCE', '42', 'Hà Tĩnh', 'Ha Tinh', false, date '2025-07-01'),
  ('PROVINCE', '44', 'Quảng Trị', 'Quang Tri', false, date '2025-07-01'),
  ('PROVINCE', '46', 'Huế', 'Hue', true, date '2025-07-01'),
  ('PROVINCE', '48', 'Đà Nẵng', 'Da Nang', true, date '2025-07-01'),
  ('PROVINCE', '51', 'Quảng Ngãi', 'Quang Ngai', false, date '2025-07-01'),
  ('PROVINCE', '52', 'Gia Lai', 'Gia Lai', false, date '2025-07-01'),
  ('PROVINCE', '56', 'Khánh Hòa', 'Khanh Hoa', false, date '2025-07-01'),
  ('PROVINCE', '66', 'Đắk Lắk', 'Dak Lak', false, date '2025-07-01'),
  ('PROVINCE', '68', 'Lâm Đồng', 'Lam Dong', false, date '2025-07-01'),
  ('PROVINCE', '75', 'Đồng Nai', 'Dong Nai', false, date '2025-07-01'),
  ('PROVINCE', '79', 'Hồ Chí Minh', 'Ho Chi Minh City', true, date '2025-07-01'),
  ('PROVINCE', '80', 'Tây Ninh', 'Tay Ninh', false, date '2025-07-01'),
  ('PROVINCE', '82', 'Đồng Tháp', 'Dong Thap', false, date '2025-07-01'),
  ('PROVINCE', '86', 'Vĩnh Long', 'Vinh Long', false, date '2025-07-01'),
  ('PROVINCE', '91', 'An Giang', 'An Giang', false, date '2025-07-01'),
  ('PROVINCE', '92', 'Cần Thơ', 'Can Tho', true, date '2025-07-01'),
  ('PROVINCE', '96', 'Cà Mau', 'Ca Mau', false, date '2025-07-01');

insert into organisation.org_unit (type, code, name_vi, name_en, central_city, valid_to, merged_into_id)
select 'PROVINCE', o.code, o.name_vi, o.name_en, o.city, date '2025-06-30', n.id from (values
  ('01', 'Hà Nội', 'Ha Noi', '01', true),
  ('02', 'Hà Giang', 'Ha Giang', '08', false),
  ('04', 'Cao Bằng', 'Cao Bang', '04', false),
  ('06', 'Bắc Kạn', 'Bac Kan', '19', false),
  ('08', 'Tuyên Quang', 'Tuyen Quang', '08', false),
  ('10', 'Lào Cai', 'Lao Cai', '15', false),
  ('11', 'Điện Biên', 'Dien Bien', '11', false),
  ('12', 'Lai Châu', 'Lai Chau', '12', false),
  ('14', 'Sơn La', 'Son La', '14', false),
  ('15', 'Yên Bái', 'Yen Bai', '15', false),
  ('17', 'Hòa Bình', 'Hoa Binh', '25', false),
  ('19', 'Thái Nguyên', 'Thai Nguyen', '19', false),
  ('20', 'Lạng Sơn', 'Lang Son', '20', false),
  ('22', 'Quảng Ninh', 'Quang Ninh', '22', false),
  ('24', 'Bắc Giang', 'Bac Giang', '24', false),
  ('25', 'Phú Thọ', 'Phu Tho', '25', false),
  ('26', 'Vĩnh Phúc', 'Vinh Phuc', '25', false),
  ('27', 'Bắc Ninh', 'Bac Ninh', '24', false),
  ('30', 'Hải Dương', 'Hai Duong', '31', false),
  ('31', 'Hải Phòng', 'Hai Phong', '31', true),
  ('33', 'Hưng Yên', 'Hung Yen', '33', false),
  ('34', 'Thái Bình', 'Thai Binh', '33', false),
  ('35', 'Hà Nam', 'Ha Nam', '37', false),
  ('36', 'Nam Định', 'Nam Dinh', '37', false),
  ('37', 'Ninh Bình', 'Ninh Binh', '37', false),
  ('38', 'Thanh Hóa', 'Thanh Hoa', '38', false),
  ('40', 'Nghệ An', 'Nghe An', '40', false),
  ('42', 'Hà Tĩnh', 'Ha Tinh', '42', false),
  ('44', 'Quảng Bình', 'Quang Binh', '44', false),
  ('45', 'Quảng Trị', 'Quang Tri', '44', false),
  ('46', 'Thừa Thiên Huế', 'Thua Thien Hue', '46', false),
  ('48', 'Đà Nẵng', 'Da Nang', '48', true),
  ('49', 'Quảng Nam', 'Quang Nam', '48', false),
  ('51', 'Quảng Ngãi', 'Quang Ngai', '51', false),
  ('52', 'Bình Định', 'Binh Dinh', '52', false),
  ('54', 'Phú Yên', 'Phu Yen', '66', false),
  ('56', 'Khánh Hòa', 'Khanh Hoa', '56', false),
  ('58', 'Ninh Thuận', 'Ninh Thuan', '56', false),
  ('60', 'Bình Thuận', 'Binh Thuan', '68', false),
  ('62', 'Kon Tum', 'Kon Tum', '51', false),
  ('64', 'Gia Lai', 'Gia Lai', '52', false),
  ('66', 'Đắk Lắk', 'Dak Lak', '66', false),
  ('67', 'Đắk Nông', 'Dak Nong', '68', false),
  ('68', 'Lâm Đồng', 'Lam Dong', '68', false),
  ('70', 'Bình Phước', 'Binh Phuoc', '75', false),
  ('72', 'Tây Ninh', 'Tay Ninh', '80', false),
  ('74', 'Bình Dương', 'Binh Duong', '79', false),
  ('75', 'Đồng Nai', 'Dong Nai', '75', false),
  ('77', 'Bà Rịa – Vũng Tàu', 'Ba Ria – Vung Tau', '79', false),
  ('79', 'Hồ Chí Minh', 'Ho Chi Minh City', '79', true),
  ('80', 'Long An', 'Long An', '80', false),
  ('82', 'Tiền Giang', 'Tien Giang', '82', false),
  ('83', 'Bến Tre', 'Ben Tre', '86', false),
  ('84', 'Trà Vinh', 'Tra Vinh', '86', false),
  ('86', 'Vĩnh Long', 'Vinh Long', '86', false),
  ('87', 'Đồng Tháp', 'Dong Thap', '82', false),
  ('89', 'An Giang', 'An Giang', '91', false),
  ('91', 'Kiên Giang', 'Kien Giang', '91', false),
  ('92', 'Cần Thơ', 'Can Tho', '92', true),
  ('93', 'Hậu Giang', 'Hau Giang', '92', false),
  ('94', 'Sóc Trăng', 'Soc Trang', '92', false),
  ('95', 'Bạc Liêu', 'Bac Lieu', '96', false),
  ('96', 'Cà Mau', 'Ca Mau', '96', false)
) as o(code, name_vi, name_en, merged_into, city)
join organisation.org_unit n on n.code = o.merged_into and n.valid_from = date '2025-07-01';

-- Emulation clusters known from the sources (membership is per year).
insert into organisation.emulation_cluster (year, number, name_vi, name_en, head_unit_id, source) values
  (2024, 'II', 'Cụm thi đua II', 'Emulation Cluster II', null, 'Press report on the 2024 review of Cluster II');
insert into organisation.emulation_cluster_member (cluster_id, unit_id)
select c.id, u.id from organisation.emulation_cluster c, organisation.org_unit u
 where c.year = 2024 and c.number = 'II' and u.valid_to = date '2025-06-30'
   and u.type = 'PROVINCE' and u.code in ('31', '01', '24', '25', '19', '08', '26', '27', '06', '30', '35', '17', '33', '36', '37', '15', '34');
insert into organisation.emulation_cluster (year, number, name_vi, name_en, head_unit_id, source) values
  (2025, '3', 'Cụm thi đua số 3', 'Emulation Cluster 3', (select id from organisation.org_unit u where u.code = '38' and u.valid_from = date '2025-07-01'), 'baothanhhoa.vn, review of 26 Dec 2025');
insert into organisation.emulation_cluster_member (cluster_id, unit_id)
select c.id, u.id from organisation.emulation_cluster c, organisation.org_unit u
 where c.year = 2025 and c.number = '3' and u.valid_from = date '2025-07-01'
   and u.type = 'PROVINCE' and u.code in ('38', '40', '42', '44', '46', '48', '51');
insert into organisation.emulation_cluster (year, number, name_vi, name_en, head_unit_id, source) values
  (2015, '4', 'Cụm thi đua số 4', 'Emulation Cluster 4', (select id from organisation.org_unit u where u.code = '52' and u.valid_to = date '2025-06-30'), 'baobinhdinh.vn, 2015 review');
insert into organisation.emulation_cluster_member (cluster_id, unit_id)
select c.id, u.id from organisation.emulation_cluster c, organisation.org_unit u
 where c.year = 2015 and c.number = '4' and u.valid_to = date '2025-06-30'
   and u.type = 'PROVINCE' and u.code in ('52', '62', '77', '74', '70', '66', '75', '56', '68', '72', '60', '58', '64', '54');
